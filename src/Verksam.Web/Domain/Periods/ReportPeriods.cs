namespace Verksam.Web.Domain.Periods;

/// <summary>The periods a unit reports on; the follow-up report and the risks' follow-up share the rule.</summary>
public static class ReportPeriods
{
    /// <summary>Months, the tertials T1 and T2, and the year (the verksamhetsberättelse, which covers the third tertial).</summary>
    public static bool Includes(Period period) => period.Kind is PeriodKind.Month or PeriodKind.Year || period is { Kind: PeriodKind.Tertial, TertialNumber: 1 or 2 };
}
