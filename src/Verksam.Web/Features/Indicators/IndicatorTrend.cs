using Verksam.Web.Domain.Charts;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Resources;

namespace Verksam.Web.Features.Indicators;

/// <summary>Month by month within a year, or one value a year over ten years.</summary>
public enum TrendView
{
    Months = 1,
    Years = 2,
}

/// <summary>An indicator's outcomes as a <see cref="TrendChart"/>: the measured value, men and women where split, the targets and the scale's colours.</summary>
public static class IndicatorTrend
{
    public const int MaxYears = 10;

    /// <summary>The periods of the indicator's year as its periodicity measures them: Jan–Dec, T1–T3, or the year.</summary>
    public static IReadOnlyList<Period> PeriodsOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Periodicity switch
        {
            Periodicity.Month => [.. Enumerable.Range(1, 12).Select(m => Period.Month(indicator.Year, m))],
            Periodicity.Tertial => [.. Enumerable.Range(1, 3).Select(t => Period.Tertial(indicator.Year, t))],
            _ => [Period.WholeYear(indicator.Year)],
        };
    }

    /// <summary>The year of one indicator, period by period; <paramref name="upTo"/> leaves out what comes after a report's period.</summary>
    public static TrendChart Months(Indicator indicator, string unitName, IReadOnlyCollection<Outcome> outcomes, Period? upTo = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(outcomes);
        var periods = PeriodsOf(indicator);
        var shown = periods.Select(p => upTo is { } end && p.EndMonth > end.EndMonth && p.Year == end.Year ? null : CountingOutcome.For(outcomes, o => o.Period, p)).ToList();
        var indicators = periods.Select(_ => indicator).ToList();
        return Build(indicator, unitName, indicator.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), periods.Select(p => p.ShortName).ToList(), indicators, shown, withPeriod: false);
    }

    /// <summary>
    /// One value a year: the year's outcome (VB), or else the year's latest outcome, named by its period. <paramref name="years"/>
    /// holds the indicator of each year, oldest first (an indicator is per year; next year's is a copy of this year's).
    /// </summary>
    public static TrendChart Years(IReadOnlyList<Indicator> years, string unitName, ILookup<Guid, Outcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(outcomes);
        var latest = years[^1];
        var shown = years.Select(i => CountingOutcome.For(outcomes[i.Id], o => o.Period, Period.WholeYear(i.Year), Lookback.WholeYear)).ToList();
        // The categories are the years themselves, so the words need no year after them.
        return Build(latest, unitName, null, years.Select(i => i.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), [.. years], shown, withPeriod: true);
    }

    private static TrendChart Build(Indicator latest, string unitName, string? context, IReadOnlyList<string> categories, List<Indicator> indicators, List<Outcome?> shown, bool withPeriod)
    {
        TrendPoint? Point(int i, Func<Outcome, Indicator, decimal?> value)
        {
            if (shown[i] is not { } outcome || value(outcome, indicators[i]) is not { } v)
            {
                return null;
            }

            var text = OutcomeDisplay.WithUnit(v, indicators[i]);
            return new TrendPoint(v, withPeriod && outcome.PeriodKind != PeriodKind.Year ? $"{text} ({outcome.Period.ShortName})" : text);
        }

        var series = new List<TrendSeries> { new(Texts.Trend_Outcome, [.. categories.Select((_, i) => Point(i, (o, ind) => o.MeasuredValue(ind)))]) };
        if (latest.SplitBySex)
        {
            series.Add(new(Texts.Trend_Men, [.. categories.Select((_, i) => Point(i, (o, _) => o.ValueMen))]));
            series.Add(new(Texts.Trend_Women, [.. categories.Select((_, i) => Point(i, (o, _) => o.ValueWomen))]));
        }

        var targets = new List<TrendSeries>();
        void Target(string name, Func<Indicator, decimal?> value)
        {
            var points = indicators.Select(i => value(i) is { } v ? new TrendPoint(v, OutcomeDisplay.WithUnit(v, i)) : null).ToList();
            if (points.Any(p => p is not null))
            {
                targets.Add(new(name, points));
            }
        }

        Target(Texts.Indicator_AnnualTarget, i => i.AnnualTarget);
        Target(Texts.Indicator_CouncilTarget, i => i.CouncilTarget);
        var axis = latest.Unit switch
        {
            MeasureUnit.Percent => "%",
            MeasureUnit.Days => "dagar",
            MeasureUnit.Kronor => "kr",
            _ => null,
        };
        var bands = TrendBands.From(latest.Scale);
        return new TrendChart($"{latest.Name} – {unitName}", context, categories, series, targets, bands,
            latest.Scale is { } scale && bands.Count > 0 ? Domain.Scales.ScaleFormatter.Format(scale) : null, axis);
    }

    /// <summary>
    /// The indicators of earlier years that this one continues, oldest first and itself last: followed back through
    /// the copy each year's indicator was made from, or where the copy is missing, the same name a year before.
    /// </summary>
    public static IReadOnlyList<Indicator> Chain(Indicator indicator, IReadOnlyCollection<Indicator> candidates)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(candidates);
        var chain = new List<Indicator> { indicator };
        var current = indicator;
        while (chain.Count < MaxYears)
        {
            var name = current.Name.Trim();
            var year = current.Year - 1;
            var previous = candidates.FirstOrDefault(c => c.Id == current.CopiedFromId && c.Year < current.Year)
                ?? candidates.FirstOrDefault(c => c.Year == year && string.Equals(c.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
            if (previous is null || previous.Year < indicator.Year - MaxYears + 1)
            {
                break;
            }

            chain.Insert(0, previous);
            current = previous;
        }

        return chain;
    }
}

/// <summary>A chart as a page shows it: its size, an id unique on the page, and where its figures are (a table below it, or a link).</summary>
public sealed record TrendFigure(TrendChart Chart, TrendSize Size, string Id, string? FiguresLink = null, string? FiguresText = null, bool OpenTable = false);
