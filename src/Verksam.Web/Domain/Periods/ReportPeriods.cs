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

    /// <summary>The first day of the month of <paramref name="day"/>: a unit reports from a whole month.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
