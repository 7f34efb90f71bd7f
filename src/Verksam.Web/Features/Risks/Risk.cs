using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Risks;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Risks;

/// <summary>
/// A risk in a unit's register for a year: what could go wrong, the perspective and goal it threatens, and its score as
/// likelihood × consequence. A risk may be identified before it is scored (seed 000's "Pandemi" has no score).
/// </summary>
public sealed class Risk : IAudited, IVersioned
{
    public const int CategoryMaxLength = 200;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>Typ av risk: the perspective or kind ("Omvärld", "Medarbetare/arbetsmiljö").</summary>
    public string? Category { get; set; }

    /// <summary>The goal the risk threatens (seed 000 ties each risk to its perspective's nämndmål).</summary>
    public Guid? GoalId { get; set; }

    public Guid? ProcessId { get; set; }

    public int? Likelihood { get; set; }

    public int? Consequence { get; set; }

    /// <summary>Taken into the follow-up: always when the score reaches the threshold; leaves it only with a comment.</summary>
    public bool InFollowUp { get; set; }

    public DateOnly? RemovedFromFollowUpOn { get; set; }

    public string? RemovalComment { get; set; }

    /// <summary>Without an action plan, the date the plan will be ready.</summary>
    public DateOnly? ActionPlanDue { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public int? Score => RiskScoring.Score(Likelihood, Consequence);
}

/// <summary>A score the risk had, from when it was set; the register shows how a risk has moved.</summary>
public sealed class RiskScore
{
    public Guid Id { get; set; }

    public Guid RiskId { get; set; }

    public Guid OrgUnitId { get; set; }

    public DateTime ChangedAt { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public int? Likelihood { get; set; }

    public int? Consequence { get; set; }
}

/// <summary>A risk's follow-up in a report's period: how well its action plan is followed, as Grön/Gul/Röd.</summary>
public sealed class RiskFollowUp : IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid RiskId { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public int StartMonth { get; set; }

    public int EndMonth { get; set; }

    public Rag? Mark { get; set; }

    public string? Comment { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public Period Period
    {
        get => Period.FromStored(Year, PeriodKind, StartMonth, EndMonth);
        set
        {
            Year = value.Year;
            PeriodKind = value.Kind;
            StartMonth = value.StartMonth;
            EndMonth = value.EndMonth;
        }
    }
}

public enum ActionStatus
{
    Planned = 1,
    Ongoing = 2,
    Done = 3,
}

/// <summary>
/// An åtgärd: what is done about a risk, or what a failed egenkontroll raised, or a measure of a process on its own
/// (seed 004's "Åtgärder" and "Vad ska göras?"), with who does it, by when and how far it has come.
/// </summary>
public sealed class QualityAction : IAudited, IVersioned
{
    public const int TitleMaxLength = 500;
    public const int ResponsibleMaxLength = 200;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public Guid? RiskId { get; set; }

    public Guid? ControlId { get; set; }

    public Guid? ProcessId { get; set; }

    /// <summary>Åtgärden; may be empty where only what is to be done is written (seed 004 has such rows).</summary>
    [AuditValue]
    public string Title { get; set; } = string.Empty;

    /// <summary>Vad ska göras?</summary>
    public string? Description { get; set; }

    public string? Responsible { get; set; }

    public DateOnly? DueDate { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Planned;

    /// <summary>Orders the rows of a process's table in the quality plan together with the controls.</summary>
    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}
