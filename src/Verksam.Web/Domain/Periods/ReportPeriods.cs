namespace Verksam.Web.Domain.Periods;

/// <summary>The periods a unit reports on; the follow-up report and the risks' follow-up share the rule.</summary>
public static class ReportPeriods
{
    /// <summary>Months, the tertials T1 and T2, and the year (the verksamhetsberättelse, which covers the third tertial).</summary>
    public static bool Includes(Period period) => period.Kind is PeriodKind.Month or PeriodKind.Year || period is { Kind: PeriodKind.Tertial, TertialNumber: 1 or 2 };

    /// <summary>
    /// Whether a unit that reports from <paramref name="reportsFrom"/> owes a report for <paramref name="period"/>:
    /// the period ends in that month or later, so the month a unit starts in and the tertial and year around it are
    /// owed, nothing before. A unit without a start (made before units had one) owes every period.
    /// </summary>
    public static bool IsOwed(Period period, DateOnly? reportsFrom) =>
        reportsFrom is not { } from || (period.Year, period.EndMonth).CompareTo((from.Year, from.Month)) >= 0;

    /// <summary>
    /// Whether a unit of a municipality that uses <paramref name="use"/> owes the report of <paramref name="period"/>:
    /// the municipality uses that kind of report (Stockholm writes tertial reports and a verksamhetsberättelse, no
    /// monthly ones), and the unit reports from that month (<see cref="IsOwed(Period, DateOnly?)"/>).
    /// </summary>
    public static bool IsOwed(Period period, DateOnly? reportsFrom, ReportUse use) => use.Uses(period) && IsOwed(period, reportsFrom);

    /// <summary>
    /// The periods a unit owes a report for that have ended before <paramref name="today"/>, oldest first: from the
    /// month it reports from, or, for a unit without one, from January of this year (the start page looks no further).
    /// </summary>
    public static IReadOnlyList<Period> Ended(DateOnly? reportsFrom, ReportUse use, DateOnly today)
    {
        var firstYear = reportsFrom?.Year ?? today.Year;
        var owed = new List<Period>();
        for (var year = firstYear; year <= today.Year; year++)
        {
            Period[] periods = [.. Enumerable.Range(1, 12).Select(m => Period.Month(year, m)), Period.Tertial(year, 1), Period.Tertial(year, 2), Period.WholeYear(year)];
            owed.AddRange(periods.Where(p => (p.Year, p.EndMonth).CompareTo((today.Year, today.Month)) < 0 && IsOwed(p, reportsFrom, use)));
        }

        return [.. owed.OrderBy(p => (p.Year, p.EndMonth)).ThenBy(p => p.Kind)];
    }

    /// <summary>
    /// The latest period whose risk follow-up is due by <paramref name="today"/>: the risks are followed up every tertial
    /// (T1, T2, and the third with the year's report), so the latest of those that has ended.
    /// </summary>
    public static Period LatestRiskPeriod(DateOnly today) => today.Month switch
    {
        <= 4 => Period.WholeYear(today.Year - 1),
        <= 8 => Period.Tertial(today.Year, 1),
        _ => Period.Tertial(today.Year, 2),
    };

    /// <summary>The first day of the month of <paramref name="day"/>: a unit reports from a whole month.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
