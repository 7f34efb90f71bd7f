using Verksam.Web.Domain.Scales;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.AnnualWheel;

public enum WheelTiming
{
    /// <summary>Belongs to one month.</summary>
    Month = 1,

    /// <summary>Månadsvisa aktiviteter.</summary>
    EveryMonth = 2,

    /// <summary>Löpande under året.</summary>
    Ongoing = 3,
}

/// <summary>
/// An activity of the unit's annual wheel (årshjul) for a year, with the role responsible, followed up as G (done),
/// A (started, not finished) or R (not started — with a comment saying why).
/// </summary>
public sealed class WheelActivity : IAudited, IVersioned
{
    public const int TitleMaxLength = 500;
    public const int ResponsibleMaxLength = 200;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public WheelTiming Timing { get; set; } = WheelTiming.Month;

    /// <summary>1–12 when the timing is a month.</summary>
    public int? Month { get; set; }

    [AuditValue]
    public string Title { get; set; } = string.Empty;

    public string? Responsible { get; set; }

    public Rag? Mark { get; set; }

    public string? Comment { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}
