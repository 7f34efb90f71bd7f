using System.Globalization;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Resources;

namespace Verksam.Web.Domain.Charts;

/// <summary>A value on the chart and how a reader sees it written ("82 %").</summary>
public sealed record TrendPoint(decimal Value, string Text);

/// <summary>A line: one point (or none) per category, in the categories' order.</summary>
public sealed record TrendSeries(string Name, IReadOnlyList<TrendPoint?> Points);

/// <summary>A colour of the scale as a span of values; a missing end is open.</summary>
public sealed record TrendBand(Rag Colour, decimal? From, decimal? To);

/// <summary>
/// A trend as data, before any drawing: the categories along the bottom (months, tertials or years), the outcome lines
/// (the whole, or men/women), the target lines (Årsmål, KF:s årsmål), and the scale's colours behind. The SVG, its text
/// alternative and the table of figures are all made from this one model, on a page and in a document alike.
/// </summary>
/// <param name="Title">What is measured, and where ("Sjukfrånvaro – Myndighet LSS").</param>
/// <param name="Context">The year or years the categories belong to ("2023", "2015–2024"), for the words.</param>
/// <param name="AxisUnit">The unit written with the numbers of the axis ("%"), or null.</param>
public sealed record TrendChart(
    string Title,
    string? Context,
    IReadOnlyList<string> Categories,
    IReadOnlyList<TrendSeries> Series,
    IReadOnlyList<TrendSeries> Targets,
    IReadOnlyList<TrendBand> Bands,
    string? ScaleText,
    string? AxisUnit)
{
    public bool HasOutcomes => Series.Any(s => s.Points.Any(p => p is not null));

    /// <summary>
    /// The chart in words, as its text alternative: each line's span, latest, lowest and highest value, the targets and
    /// what the colours behind mean ("Utfall Jan–Okt 2023: senast 82 % (Okt), lägst 70 % (Feb), högst 85 % (Juni).
    /// Årsmål 90 %."). Without outcomes it says so.
    /// </summary>
    public string Describe() => Title + ". " + Summary();

    /// <summary>The words of <see cref="Describe"/> without the title, for beside a small chart whose heading names it.</summary>
    public string Summary()
    {
        var context = Context is null ? string.Empty : " " + Context;
        if (!HasOutcomes)
        {
            return string.Format(CultureInfo.CurrentCulture, Texts.Trend_Empty, Context ?? string.Join("–", Categories.Take(1).Concat(Categories.Skip(1).TakeLast(1))));
        }

        var parts = new List<string>();
        foreach (var series in Series)
        {
            var shown = series.Points.Select((p, i) => (Point: p, Label: Categories[i])).Where(x => x.Point is not null).ToList();
            if (shown.Count == 0)
            {
                parts.Add(string.Format(CultureInfo.CurrentCulture, Texts.Trend_SeriesEmpty, series.Name));
                continue;
            }

            var (first, last) = (shown[0], shown[^1]);
            var low = shown.MinBy(x => x.Point!.Value);
            var high = shown.MaxBy(x => x.Point!.Value);
            parts.Add(shown.Count == 1
                ? string.Format(CultureInfo.CurrentCulture, Texts.Trend_SeriesOne, series.Name, first.Label + context, first.Point!.Text)
                : string.Format(CultureInfo.CurrentCulture, Texts.Trend_Series, series.Name, first.Label + "–" + last.Label + context,
                    last.Point!.Text, last.Label, low.Point!.Text, low.Label, high.Point!.Text, high.Label));
        }

        foreach (var target in Targets)
        {
            if (target.Points.LastOrDefault(p => p is not null) is { } latest)
            {
                parts.Add(target.Name + " " + latest.Text + ".");
            }
        }

        if (Bands.Count > 0 && ScaleText is { Length: > 0 })
        {
            parts.Add(string.Format(CultureInfo.CurrentCulture, Texts.Trend_Bands, ScaleText));
        }

        return string.Join(" ", parts);
    }

    /// <summary>The figures as a table: a row per category with a value, a column per line and target.</summary>
    public IReadOnlyList<string> TableColumns => [Texts.Trend_Period, .. Series.Select(s => s.Name), .. Targets.Select(t => t.Name)];

    public IReadOnlyList<IReadOnlyList<string>> TableRows =>
        Categories.Select((c, i) => (Label: c, Index: i))
            .Where(c => Series.Any(s => s.Points[c.Index] is not null))
            .Select(c => (IReadOnlyList<string>)[(Context is null ? c.Label : c.Label + " " + Context), .. Series.Concat(Targets).Select(s => s.Points[c.Index]?.Text ?? "–")])
            .ToList();
}

public static class TrendBands
{
    /// <summary>
    /// A range scale's colours as spans touching each other: a gap between two written ranges ("50-79" then "80-100")
    /// goes to the worse colour, as <see cref="Scale.Evaluate"/> judges it, and the ends are open. A change scale
    /// judges against the previous value, so it has no bands.
    /// </summary>
    public static IReadOnlyList<TrendBand> From(Scale? scale)
    {
        if (scale is not { Kind: ScaleKind.Range } || scale.Bands.Count == 0)
        {
            return [];
        }

        var bands = scale.Bands;
        var bounds = new decimal?[bands.Count + 1];
        for (var i = 0; i + 1 < bands.Count; i++)
        {
            var (lower, upper) = (bands[i], bands[i + 1]);
            bounds[i + 1] = lower.Colour > upper.Colour ? upper.Lower?.Value ?? lower.Upper!.Value : lower.Upper?.Value ?? upper.Lower!.Value;
        }

        return bands.Select((b, i) => new TrendBand(b.Colour, bounds[i], bounds[i + 1])).ToList();
    }
}
