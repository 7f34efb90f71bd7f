using System.Globalization;
using System.Security;
using System.Text;
using Verksam.Web.Domain.Scales;

namespace Verksam.Web.Domain.Charts;

public enum TrendSize
{
    /// <summary>A sparkline beside a figure: the line, the target and the colours, no axes.</summary>
    Small = 1,

    /// <summary>The chart of its own page and of a document: axes, labels and a legend.</summary>
    Large = 2,
}

/// <summary>
/// Draws a <see cref="TrendChart"/> as SVG for the browser, the PDF and (through a rasteriser) Word. The chart is an
/// image with its words as title and description; lines differ by dash and marker as well as colour, the colours behind
/// carry their names, and every colour drawn on white or a band has a contrast of at least 3:1 (text 4.5:1).
/// </summary>
public static class TrendSvg
{
    public const int LargeWidth = 720;
    public const int SmallWidth = 240;
    public const int SmallHeight = 64;
    private const int LargePlotHeight = 260;
    private const string FontFamily = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    /// <summary>The colour of text drawn on white or on a band.</summary>
    internal const string TextColour = "#1a1a1a";

    /// <summary>Outcome lines: colour, dash and marker, so that no line is told apart by colour alone.</summary>
    private static readonly (string Colour, string? Dash, Marker Marker)[] Lines =
    [
        ("#1d4f91", null, Marker.Circle),
        ("#8a4500", "7 4", Marker.Square),
        ("#6b2c91", "2 3", Marker.Diamond),
        ("#1f5f2a", "9 3 2 3", Marker.Triangle),
    ];

    /// <summary>Target lines: black dashes for Årsmål, dark grey dots for KF:s årsmål.</summary>
    private static readonly (string Colour, string Dash)[] TargetLines = [("#000000", "10 5"), ("#4d4d4d", "3 3")];

    /// <summary>Every colour a line, target or marker is drawn in, for measuring its contrast.</summary>
    internal static IEnumerable<string> LineColours => Lines.Select(l => l.Colour).Concat(TargetLines.Select(t => t.Colour));

    private enum Marker
    {
        Circle,
        Square,
        Diamond,
        Triangle,
    }

    /// <summary>The band colours: light shades, so black text and the dark lines keep their contrast on them.</summary>
    public static string BandFill(Rag colour) => colour switch
    {
        Rag.Green => "#d5edd5",
        Rag.Yellow => "#fff2b3",
        _ => "#f8d0d0",
    };

    /// <param name="id">Unique on the page: the title and description are referred to by it.</param>
    /// <param name="describedBy">
    /// The id of the chart's words shown beside it, if they are: the image is then described by them and carries no
    /// description of its own, so that a screen reader says the words once.
    /// </param>
    public static string Render(TrendChart chart, TrendSize size, string id, string? describedBy = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var layout = Layout.For(chart, size);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend trend--{(size == TrendSize.Small ? "small" : "large")}\" role=\"img\" {(describedBy is null ? $"aria-labelledby=\"{id}-title {id}-desc\"" : $"aria-labelledby=\"{id}-title\" aria-describedby=\"{describedBy}\"")} viewBox=\"0 0 {layout.Width} {layout.Height}\" width=\"{layout.Width}\" height=\"{layout.Height}\" font-family=\"{FontFamily}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(chart.Title)}</title>");
        if (describedBy is null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(chart.Describe())}</desc>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{layout.Width}\" height=\"{layout.Height}\" fill=\"#ffffff\"/>");
        Bands(svg, chart, layout, size);
        if (size == TrendSize.Large)
        {
            Axes(svg, chart, layout);
        }

        if (!chart.HasOutcomes)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(layout.PlotLeft + (layout.PlotWidth / 2))}\" y=\"{F(layout.PlotTop + (layout.PlotHeight / 2))}\" text-anchor=\"middle\" font-size=\"{(size == TrendSize.Small ? 11 : 15)}\" fill=\"{TextColour}\">{Escape(Resources.Texts.Trend_NoOutcomes)}</text>");
        }

        for (var t = 0; t < chart.Targets.Count; t++)
        {
            TargetLine(svg, chart.Targets[t], layout, TargetLines[Math.Min(t, TargetLines.Length - 1)], t);
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            SeriesLine(svg, chart.Series[s], chart.Categories, layout, Lines[s % Lines.Length], s, size);
        }

        if (size == TrendSize.Large)
        {
            LatestLabels(svg, chart, layout);
        }

        if (size == TrendSize.Large)
        {
            Legend(svg, chart, layout);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bands(StringBuilder svg, TrendChart chart, Layout layout, TrendSize size)
    {
        foreach (var band in chart.Bands)
        {
            var from = Math.Max((double)(band.From ?? (decimal)layout.Min), layout.Min);
            var to = Math.Min((double)(band.To ?? (decimal)layout.Max), layout.Max);
            if (to <= from)
            {
                continue;
            }

            var (top, bottom) = (layout.Y(to), layout.Y(from));
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"trend__band trend__band--{band.Colour.ToString().ToLowerInvariant()}\" x=\"{F(layout.PlotLeft)}\" y=\"{F(top)}\" width=\"{F(layout.PlotWidth)}\" height=\"{F(bottom - top)}\" fill=\"{BandFill(band.Colour)}\" data-from=\"{F(from)}\" data-to=\"{F(to)}\"/>");
            if (size == TrendSize.Large && bottom - top >= 16)
            {
                // The colour's name in the band's top left corner, so the band is not told by its colour alone.
                Label(svg, layout.PlotLeft + 4, top + 13, RagText.Word(band.Colour), TextColour, "start", bold: false);
            }
        }
    }

    private static void Axes(StringBuilder svg, TrendChart chart, Layout layout)
    {
        foreach (var tick in layout.Ticks)
        {
            var y = layout.Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(layout.PlotLeft)}\" x2=\"{F(layout.PlotLeft + layout.PlotWidth)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            var label = ((decimal)tick).ToString("0.##", CultureInfo.GetCultureInfo("sv-SE")) + (chart.AxisUnit is { Length: > 0 } unit ? " " + unit : string.Empty);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(layout.PlotLeft - 6)}\" y=\"{F(y + 4)}\" text-anchor=\"end\" font-size=\"12\" fill=\"{TextColour}\">{Escape(label)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(layout.PlotLeft)}\" x2=\"{F(layout.PlotLeft + layout.PlotWidth)}\" y1=\"{F(layout.PlotTop + layout.PlotHeight)}\" y2=\"{F(layout.PlotTop + layout.PlotHeight)}\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(layout.X(i))}\" y=\"{F(layout.PlotTop + layout.PlotHeight + 18)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{TextColour}\">{Escape(chart.Categories[i])}</text>");
        }
    }

    private static void TargetLine(StringBuilder svg, TrendSeries target, Layout layout, (string Colour, string Dash) style, int index)
    {
        var path = new StringBuilder();
        for (var i = 0; i < target.Points.Count; i++)
        {
            if (target.Points[i] is { } p && (double)p.Value >= layout.Min && (double)p.Value <= layout.Max)
            {
                var y = layout.Y((double)p.Value);
                path.Append(CultureInfo.InvariantCulture, $"M{F(layout.X(i) - (layout.Slot / 2))} {F(y)}H{F(layout.X(i) + (layout.Slot / 2))}");
            }
        }

        if (path.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"trend__target\" data-target=\"{index}\" d=\"{path}\" fill=\"none\" stroke=\"{style.Colour}\" stroke-width=\"2\" stroke-dasharray=\"{style.Dash}\"/>");
        }
    }

    private static void SeriesLine(StringBuilder svg, TrendSeries series, IReadOnlyList<string> categories, Layout layout, (string Colour, string? Dash, Marker Marker) style, int index, TrendSize size)
    {
        var path = new StringBuilder();
        var open = false;
        for (var i = 0; i < series.Points.Count; i++)
        {
            if (series.Points[i] is { } p)
            {
                path.Append(CultureInfo.InvariantCulture, $"{(open ? "L" : "M")}{F(layout.X(i))} {F(layout.Y((double)p.Value))}");
                open = true;
            }
            else
            {
                open = false; // a month without an outcome breaks the line rather than pretending a value
            }
        }

        var width = size == TrendSize.Small ? 2 : 3;
        if (path.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"trend__line\" data-series=\"{index}\" d=\"{path}\" fill=\"none\" stroke=\"{style.Colour}\" stroke-width=\"{width}\"{(style.Dash is null ? "" : $" stroke-dasharray=\"{style.Dash}\"")} stroke-linejoin=\"round\"/>");
        }

        var radius = size == TrendSize.Small ? 2.5 : 4.5;
        for (var i = 0; i < series.Points.Count; i++)
        {
            if (series.Points[i] is { } p)
            {
                svg.Append(MarkerShape(style.Marker, layout.X(i), layout.Y((double)p.Value), radius, style.Colour, index, p, $"{series.Name}, {categories[i]}: {p.Text}"));
            }
        }

    }

    /// <summary>Each line's latest value written right of its point, moved apart where lines end close together.</summary>
    private static void LatestLabels(StringBuilder svg, TrendChart chart, Layout layout)
    {
        var labels = new List<(double X, double Y, string Text, string Colour)>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var points = chart.Series[s].Points;
            var last = points.Count - 1;
            while (last >= 0 && points[last] is null)
            {
                last--;
            }

            if (last >= 0)
            {
                labels.Add((layout.X(last) + 8, layout.Y((double)points[last]!.Value) + 4, points[last]!.Text, Lines[s % Lines.Length].Colour));
            }
        }

        labels.Sort((a, b) => a.Y.CompareTo(b.Y));
        for (var i = 1; i < labels.Count; i++)
        {
            if (labels[i].Y - labels[i - 1].Y < 14)
            {
                labels[i] = labels[i] with { Y = labels[i - 1].Y + 14 };
            }
        }

        foreach (var (x, y, text, colour) in labels)
        {
            Label(svg, x, y, text, colour, "start", bold: true);
        }
    }

    /// <summary>Text with a white halo drawn under it, so it stays readable over a line or a band.</summary>
    private static void Label(StringBuilder svg, double x, double y, string text, string colour, string anchor, bool bold)
    {
        var weight = bold ? " font-weight=\"bold\"" : string.Empty;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\" font-size=\"12\"{weight} fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" aria-hidden=\"true\">{Escape(text)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"trend__label\" x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\" font-size=\"12\"{weight} fill=\"{colour}\">{Escape(text)}</text>");
    }

    /// <summary>A point's marker; with a <paramref name="tooltip"/>, the words a mouse pointer shows over it (the image's own words say the same to a screen reader).</summary>
    private static string MarkerShape(Marker marker, double x, double y, double r, string colour, int series, TrendPoint point, string? tooltip = null)
    {
        var data = string.Create(CultureInfo.InvariantCulture, $" class=\"trend__point\" data-series=\"{series}\" data-value=\"{point.Value.ToString("0.##########", CultureInfo.InvariantCulture)}\" fill=\"{colour}\"");
        var (open, close) = tooltip is null ? ("/>", string.Empty) : (">", $"<title>{Escape(tooltip)}</title>");
        return marker switch
        {
            Marker.Square => string.Create(CultureInfo.InvariantCulture, $"<rect{data} x=\"{F(x - r)}\" y=\"{F(y - r)}\" width=\"{F(2 * r)}\" height=\"{F(2 * r)}\"{open}{close}{(tooltip is null ? "" : "</rect>")}"),
            Marker.Diamond => string.Create(CultureInfo.InvariantCulture, $"<path{data} d=\"M{F(x)} {F(y - (1.3 * r))}L{F(x + (1.3 * r))} {F(y)}L{F(x)} {F(y + (1.3 * r))}L{F(x - (1.3 * r))} {F(y)}Z\"{open}{close}{(tooltip is null ? "" : "</path>")}"),
            Marker.Triangle => string.Create(CultureInfo.InvariantCulture, $"<path{data} d=\"M{F(x)} {F(y - (1.3 * r))}L{F(x + (1.2 * r))} {F(y + r)}L{F(x - (1.2 * r))} {F(y + r)}Z\"{open}{close}{(tooltip is null ? "" : "</path>")}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"<circle{data} cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{F(r)}\"{open}{close}{(tooltip is null ? "" : "</circle>")}"),
        };
    }

    private static void Legend(StringBuilder svg, TrendChart chart, Layout layout)
    {
        var items = new List<(string Name, string Colour, string? Dash, Marker? Marker)>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var style = Lines[s % Lines.Length];
            items.Add((chart.Series[s].Name, style.Colour, style.Dash, style.Marker));
        }

        for (var t = 0; t < chart.Targets.Count; t++)
        {
            var style = TargetLines[Math.Min(t, TargetLines.Length - 1)];
            items.Add((chart.Targets[t].Name, style.Colour, style.Dash, null));
        }

        for (var i = 0; i < items.Count; i++)
        {
            var (name, colour, dash, marker) = items[i];
            var x = layout.PlotLeft + (i % Layout.LegendColumns * Layout.LegendWidth);
            var y = layout.LegendTop + (i / Layout.LegendColumns * 22);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" x2=\"{F(x + 32)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"{colour}\" stroke-width=\"3\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>");
            if (marker is { } m)
            {
                svg.Append(MarkerShape(m, x + 16, y, 4.5, colour, -1, new TrendPoint(0, string.Empty)).Replace(" class=\"trend__point\"", " class=\"trend__legend-point\"", StringComparison.Ordinal));
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 40)}\" y=\"{F(y + 4)}\" font-size=\"12\" fill=\"{TextColour}\">{Escape(Shorten(name, 34))}</text>");
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Where things go: the plot's box, the value range with round ticks, and the legend's place.</summary>
    private sealed record Layout(double Width, double Height, double PlotLeft, double PlotTop, double PlotWidth, double PlotHeight, double Min, double Max, IReadOnlyList<double> Ticks, int Count, double LegendTop)
    {
        public const int LegendColumns = 3;
        public const double LegendWidth = 210;

        public double Slot => PlotWidth / Math.Max(Count, 1);

        public double X(int index) => PlotLeft + ((index + 0.5) * Slot);

        public double Y(double value) => PlotTop + PlotHeight - ((value - Min) / (Max - Min) * PlotHeight);

        public static Layout For(TrendChart chart, TrendSize size)
        {
            var values = chart.Series.Concat(chart.Targets).SelectMany(s => s.Points).Where(p => p is not null).Select(p => (double)p!.Value).ToList();
            if (values.Count > 0)
            {
                // Every colour of the scale shows: the range reaches each boundary between two colours.
                values.AddRange(chart.Bands.SelectMany(b => new[] { b.From, b.To }).Where(b => b is not null).Select(b => (double)b!.Value));
            }

            var (min, max, ticks) = Range(values, chart.AxisUnit == "%");
            var count = Math.Max(chart.Categories.Count, 1);
            if (size == TrendSize.Small)
            {
                return new Layout(SmallWidth, SmallHeight, 4, 6, SmallWidth - 8, SmallHeight - 12, min, max, ticks, count, 0);
            }

            var legendRows = (chart.Series.Count + chart.Targets.Count + LegendColumns - 1) / LegendColumns;
            const double top = 20;
            var legendTop = top + LargePlotHeight + 46;
            return new Layout(LargeWidth, legendTop + (legendRows * 22), 64, top, LargeWidth - 64 - 56, LargePlotHeight, min, max, ticks, count, legendTop);
        }

        /// <summary>From zero (or the lowest value below it) to a round number above the highest; a share above 40 % runs 0–100 %.</summary>
        public static (double Min, double Max, IReadOnlyList<double> Ticks) Range(List<double> values, bool percent)
        {
            var low = Math.Min(0, values.Count == 0 ? 0 : values.Min());
            var high = values.Count == 0 ? 1 : values.Max();
            if (percent && low >= 0 && high <= 100 && high > 40)
            {
                return (0, 100, [0, 25, 50, 75, 100]);
            }

            if (high <= low)
            {
                high = low + 1;
            }

            var raw = (high - low) / 4;
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
            var min = Math.Floor(low / step) * step;
            var max = Math.Ceiling(high / step) * step;
            if (max - high < step * 0.1)
            {
                max += step; // room above the highest point for its label
            }

            var ticks = new List<double>();
            for (var t = min; t <= max + (step / 2); t += step)
            {
                ticks.Add(Math.Round(t, 6));
            }

            return (min, max, ticks);
        }
    }
}
