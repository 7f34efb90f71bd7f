namespace Verksam.Web.Domain.Periods;

/// <summary>Which periods a unit reports on: every month, the tertials T1 and T2, and the year (the verksamhetsberättelse, which covers the third tertial).</summary>
public static class ReportPeriods
{
    public static bool IsReportPeriod(Period period) =>
        period.Kind is PeriodKind.Month or PeriodKind.Year || period is { Kind: PeriodKind.Tertial, TertialNumber: 1 or 2 };
}
