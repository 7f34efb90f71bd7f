namespace Verksam.Web.Domain.Periods;

/// <summary>
/// The kinds of follow-up report a municipality uses: monthly reports (Tyresö, seed 000), the tertial reports T1 and
/// T2, and the verksamhetsberättelse for the year (Stockholm, seed 003). Only a kind in use is ever due or late.
/// </summary>
public readonly record struct ReportUse(bool Monthly, bool Tertial, bool Annual)
{
    public static ReportUse All { get; } = new(true, true, true);

    public bool Uses(Period period) => period.Kind switch
    {
        PeriodKind.Month => Monthly,
        PeriodKind.Tertial => Tertial,
        PeriodKind.Year => Annual,
        _ => false,
    };
}
