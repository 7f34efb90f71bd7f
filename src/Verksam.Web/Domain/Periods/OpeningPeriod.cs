namespace Verksam.Web.Domain.Periods;

/// <summary>
/// The one rule for the period a page opens on when the address names none: the latest period that has data, or the
/// one that is due next after it, never a year or month of nothing while data exists elsewhere. Every page of a
/// unit that shows a year or a month asks this, so the follow-up, the overview, the risks and the outcome form agree.
/// </summary>
public static class OpeningPeriod
{
    /// <summary>
    /// The latest year that has data (a plan written for next year counts), else the current year. A year further
    /// ahead than next year is no place to open on.
    /// </summary>
    public static int Year(int? latestWithData, int currentYear) =>
        latestWithData is { } year ? Math.Min(year, currentYear + 1) : currentYear;

    /// <summary>
    /// For a page of one month, such as entering outcomes: the month after the latest month with data when it is due
    /// (it has ended) and in the same year, so the next month to fill in; else that latest month; with no data at all,
    /// the last month that has ended.
    /// </summary>
    public static Period Month(Period? latestWithData, DateOnly today)
    {
        var lastEnded = today.Month == 1 ? Period.Month(today.Year - 1, 12) : Period.Month(today.Year, today.Month - 1);
        if (latestWithData is not { Kind: PeriodKind.Month } latest)
        {
            return latestWithData is { } other ? Period.Month(other.Year, other.EndMonth) : lastEnded;
        }

        if (latest.StartMonth < 12 && (latest.Year, latest.StartMonth + 1).CompareTo((lastEnded.Year, lastEnded.StartMonth)) <= 0)
        {
            return Period.Month(latest.Year, latest.StartMonth + 1);
        }

        return (latest.Year, latest.StartMonth).CompareTo((lastEnded.Year, lastEnded.StartMonth)) <= 0 ? latest : lastEnded;
    }
}
