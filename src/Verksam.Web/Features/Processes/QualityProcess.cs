using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Processes;

/// <summary>A process of the unit's work (seed 004: "Myndighetsutövning för personer med beroendeproblematik"); risks, controls and quality indicators are grouped by it.</summary>
public sealed class QualityProcess : IAudited, IVersioned
{
    public const int NameMaxLength = 300;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    [AuditValue]
    public string Name { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}

/// <summary>A quality indicator the process is measured by (seed 004's "Kvalitetsindikator").</summary>
public sealed class ProcessIndicator : IAudited
{
    public Guid ProcessId { get; set; }

    public Guid IndicatorId { get; set; }

    public Guid OrgUnitId { get; set; }

    public int SortOrder { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}
