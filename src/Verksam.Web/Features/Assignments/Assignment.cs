using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Assignments;

public enum AssignmentStatus
{
    NotStarted = 1,
    Ongoing = 2,
    Paused = 3,
    Done = 4,
}

/// <summary>An uppdrag: a special task from the board or another commissioner, the goals it serves, its own aim, status and comment.</summary>
public sealed class Assignment : IAudited, IVersioned
{
    public const int TitleMaxLength = 300;
    public const int CommissionerMaxLength = 200;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    [AuditValue]
    public string Title { get; set; } = string.Empty;

    /// <summary>Uppdragsgivare.</summary>
    public string? Commissioner { get; set; }

    /// <summary>Mål med uppdraget.</summary>
    public string? Aim { get; set; }

    public AssignmentStatus? Status { get; set; }

    public string? Comment { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}

/// <summary>A goal an assignment serves.</summary>
public sealed class AssignmentGoal : IAudited
{
    public Guid AssignmentId { get; set; }

    public Guid GoalId { get; set; }

    public Guid OrgUnitId { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}
