using System.Globalization;
using System.Security;
using System.Text;

namespace Verksam.Web.Domain.Charts;

/// <summary>One series of bars: its name in the legend and one value per group.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<int> Values);

/// <summary>Grouped bars: each group (a tertial) holds one bar per series (a kind of matter).</summary>
public sealed record BarChart(string Title, string Description, IReadOnlyList<string> Groups, IReadOnlyList<BarSeries> Series);

/// <summary>
/// Draws a <see cref="BarChart"/> as SVG. Bars differ by pattern as well as colour and carry their value written above
/// them, so nothing is told by colour alone; the chart's words are its title and description.
/// </summary>
public static class BarSvg
{
    public const int Width = 720;
    private const int PlotTop = 24;
    private const int PlotHeight = 220;
    private const int Left = 40;
    private const int Right = 12;
    private const int LegendRow = 22;
    private const string FontFamily = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    /// <summary>Fill colour (3:1 against white at least) and a pattern drawn over it in white.</summary>
    private static readonly (string Colour, string Pattern)[] Fills =
    [
        ("#1d4f91", "solid"),
        ("#8a4500", "diagonal"),
        ("#6b2c91", "dots"),
        ("#1f5f2a", "cross"),
        ("#9b1c31", "horizontal"),
        ("#3d3d3d", "vertical"),
    ];

    /// <param name="id">Unique on the page: the title, description and patterns are referred to by it.</param>
    public static string Render(BarChart chart, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var legendRows = (chart.Series.Count + 2) / 3;
        var axisY = PlotTop + PlotHeight;
        var height = axisY + 28 + (legendRows * LegendRow) + 8;
        var max = chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var top = NiceCeiling(max);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"{FontFamily}\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(chart.Title)}</title><desc id=\"{id}-desc\">{Escape(chart.Description)}</desc>");
        svg.Append("<defs>");
        for (var i = 0; i < Fills.Length; i++)
        {
            svg.Append(Pattern(id, i));
        }

        svg.Append("</defs>");

        // Grid lines at 0, half and the top, with their values.
        foreach (var value in new[] { 0, top / 2, top }.Distinct())
        {
            var y = axisY - (PlotHeight * value / (double)top);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"{(value == 0 ? "#0b0c0c" : "#b1b4b6")}\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" fill=\"#0b0c0c\">{value}</text>");
        }

        var groups = Math.Max(1, chart.Groups.Count);
        var groupWidth = (Width - Left - Right) / (double)groups;
        var seriesCount = Math.Max(1, chart.Series.Count);
        var barWidth = Math.Min(28, (groupWidth - 12) / seriesCount);
        for (var g = 0; g < chart.Groups.Count; g++)
        {
            var groupLeft = Left + (g * groupWidth);
            var barsLeft = groupLeft + ((groupWidth - (barWidth * seriesCount)) / 2);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = g < chart.Series[s].Values.Count ? chart.Series[s].Values[g] : 0;
                var barHeight = PlotHeight * value / (double)top;
                var x = barsLeft + (s * barWidth);
                var y = axisY - barHeight;
                if (value > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 1:0.#}\" y=\"{y:0.#}\" width=\"{barWidth - 2:0.#}\" height=\"{barHeight:0.#}\" fill=\"url(#{id}-p{s % Fills.Length})\" stroke=\"#0b0c0c\" stroke-width=\"0.5\"/>");
                }

                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (barWidth / 2):0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#0b0c0c\">{value}</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{groupLeft + (groupWidth / 2):0.#}\" y=\"{axisY + 18}\" text-anchor=\"middle\" fill=\"#0b0c0c\">{Escape(chart.Groups[g])}</text>");
        }

        var legendTop = axisY + 34;
        var columnWidth = (Width - Left - Right) / 3.0;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var x = Left + ((s % 3) * columnWidth);
            var y = legendTop + ((s / 3) * LegendRow);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"28\" height=\"14\" fill=\"url(#{id}-p{s % Fills.Length})\" stroke=\"#0b0c0c\" stroke-width=\"0.5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 36:0.#}\" y=\"{y + 12}\" fill=\"#0b0c0c\">{Escape(chart.Series[s].Name)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The axis top: the largest value rounded up to an even number (so the half line is whole), at least 2.</summary>
    public static int NiceCeiling(int max)
    {
        if (max <= 2)
        {
            return 2;
        }

        var step = max <= 10 ? 2 : max <= 50 ? 10 : (int)Math.Pow(10, Math.Floor(Math.Log10(max)));
        return (max + step - 1) / step * step;
    }

    private static string Pattern(string id, int index)
    {
        var (colour, kind) = Fills[index];
        var marks = kind switch
        {
            "diagonal" => "<path d=\"M0 8 L8 0 M-2 2 L2 -2 M6 10 L10 6\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
            "dots" => "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\"/>",
            "cross" => "<path d=\"M0 0 L8 8 M8 0 L0 8\" stroke=\"#ffffff\" stroke-width=\"1.2\"/>",
            "horizontal" => "<path d=\"M0 4 L8 4\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
            "vertical" => "<path d=\"M4 0 L4 8\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
            _ => string.Empty,
        };
        return $"<pattern id=\"{id}-p{index}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"{colour}\"/>{marks}</pattern>";
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
