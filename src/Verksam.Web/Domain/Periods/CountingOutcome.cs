namespace Verksam.Web.Domain.Periods;

/// <summary>How far a reader looks when a period has no outcome of its own.</summary>
public enum Lookback
{
    /// <summary>Only the period's own outcome, or for a month a span of months that ends in it ("Juli-sept" in September).</summary>
    None,

    /// <summary>A tertial's or the year's proposal: the latest outcome inside the period. A month looks no further than <see cref="None"/>.</summary>
    Within,

    /// <summary>A report: the period's own, else the year's latest that ends by the period's end (an indicator measured less often than the report).</summary>
    UpToEnd,

    /// <summary>The annual report: the period's own, else the year's latest.</summary>
    WholeYear,
}

/// <summary>Which of an indicator's outcomes counts for a period: one rule for entry, proposals and reports.</summary>
public static class CountingOutcome
{
    public static T? For<T>(IEnumerable<T> outcomes, Func<T, Period> periodOf, Period period, Lookback lookback = Lookback.None)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(periodOf);
        var all = outcomes.Select(o => (Outcome: o, Period: periodOf(o))).ToList();
        if (lookback == Lookback.Within && period.Kind != PeriodKind.Month)
        {
            return all.Where(o => period.Contains(o.Period)).OrderByDescending(o => o.Period.EndMonth).Select(o => o.Outcome).FirstOrDefault();
        }

        var own = all.FirstOrDefault(o => o.Period == period).Outcome
            ?? (period.Kind == PeriodKind.Month
                ? all.FirstOrDefault(o => o.Period.Kind == PeriodKind.Span && o.Period.Year == period.Year && o.Period.EndMonth == period.EndMonth).Outcome
                : null);
        if (own is not null || lookback is not (Lookback.UpToEnd or Lookback.WholeYear))
        {
            return own;
        }

        return all.Where(o => o.Period.Year == period.Year && (lookback == Lookback.WholeYear || o.Period.EndMonth <= period.EndMonth))
            .OrderByDescending(o => o.Period.EndMonth).ThenBy(o => o.Period.StartMonth).Select(o => o.Outcome).FirstOrDefault();
    }
}
