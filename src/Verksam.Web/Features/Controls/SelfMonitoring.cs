using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Controls;

/// <summary>
/// An egenkontroll: a recurring check of the unit's own work, tied to a process and the risk it watches, with its
/// purpose, when it runs and who runs it. Chosen into the year's internal-control plan in the väsentlighets- och riskanalys.
/// </summary>
public sealed class SelfMonitoring : IAudited, IVersioned
{
    public const int TitleMaxLength = 500;
    public const int FrequencyMaxLength = 200;
    public const int ResponsibleMaxLength = 200;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public Guid? ProcessId { get; set; }

    public Guid? RiskId { get; set; }

    [AuditValue]
    public string Title { get; set; } = string.Empty;

    public string? Purpose { get; set; }

    /// <summary>The months it runs in, one bit per month (bit 0 = January).</summary>
    [AuditMonths]
    public int Months { get; set; }

    /// <summary>Or how often, in words ("Varje kvartal", "Vid varje ny insats").</summary>
    public string? Frequency { get; set; }

    public string? Responsible { get; set; }

    public bool IsInternalControl { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public IEnumerable<int> RunMonths() => Enumerable.Range(1, 12).Where(m => (Months & (1 << (m - 1))) != 0);

    public static int MonthsMask(IEnumerable<int> months) => months.Where(m => m is >= 1 and <= 12).Aggregate(0, (mask, m) => mask | (1 << (m - 1)));
}

/// <summary>What an egenkontroll found when it ran.</summary>
public sealed class SelfMonitoringResult : IAudited
{

    public Guid Id { get; set; }

    public Guid ControlId { get; set; }

    public Guid OrgUnitId { get; set; }

    public DateOnly PerformedOn { get; set; }

    /// <summary>Utan anmärkning, or Brister found.</summary>
    public bool Passed { get; set; }

    public string? Note { get; set; }

    [AuditValue]
    public string RecordedBy { get; set; } = string.Empty;

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}
