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

    /// <summary>The later of two years that may be unknown: where a page's data comes from two tables.</summary>
    public static int? Later(int? first, int? second) => first is { } a && second is { } b ? Math.Max(a, b) : first ?? second;

    /// <summary>
    /// For entering outcomes: the period after the latest with data (the next month, or the next tertial where the
    /// unit measures by tertial) when it has ended and is in the same year, so the next one to fill in; else that
    /// latest period. With no outcome yet, the first period of the unit's indicators
    /// (<paramref name="firstOfIndicators"/>: January, T1 or the year of their latest year) when it has ended; else,
    /// and with data only ahead, the last month that has ended.
    /// </summary>
    public static Period ForOutcomes(Period? latestWithData, Period? firstOfIndicators, DateOnly today)
    {
        var lastEnded = today.Month == 1 ? Period.Month(today.Year - 1, 12) : Period.Month(today.Year, today.Month - 1);
        bool Ended(Period p) => (p.Year, p.EndMonth).CompareTo((lastEnded.Year, lastEnded.EndMonth)) <= 0;
        if (latestWithData is not { } latest)
        {
            return firstOfIndicators is { } first && Ended(first) ? first : lastEnded;
        }

        Period? next = latest.Kind switch
        {
            PeriodKind.Month when latest.StartMonth < 12 => Period.Month(latest.Year, latest.StartMonth + 1),
            PeriodKind.Tertial when latest.TertialNumber < 3 => Period.Tertial(latest.Year, latest.TertialNumber!.Value + 1),
            _ => null,
        };
        if (next is { } following && Ended(following))
        {
            return following;
        }

        return Ended(latest) ? latest : lastEnded;
    }
}
