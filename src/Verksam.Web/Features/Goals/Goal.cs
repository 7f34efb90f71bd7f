using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Goals;

/// <summary>The five levels of the goal cascade, council first.</summary>
public enum GoalLevel
{
    CouncilDirection = 1,
    CouncilArea = 2,
    Board = 3,
    Department = 4,
    Unit = 5,
}

/// <summary>A goal of one year, owned by the unit at its level and placed under a goal of the level above.</summary>
public sealed class Goal : IAudited, IVersioned
{
    public const int TitleMaxLength = 1000;
    public const int PerspectiveMaxLength = 100;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public GoalLevel Level { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>A balanced-scorecard perspective (Tyresö: Medarbetare, Verksamhet, Leverans, Finansiell), where the municipality steers by perspective.</summary>
    [AuditValue]
    public string? Perspective { get; set; }

    [AuditValue]
    public string Title { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public const int NumberMaxLength = 30;

    /// <summary>
    /// The goal's number written in full ("1.3.2.1.1") where the council's numbering is not the tree's (a plan shows
    /// only some council goals, or the council numbers irregularly). Unset, the number follows the tree.
    /// </summary>
    [AuditValue]
    public string? Number { get; set; }

    public string? Description { get; set; }

    /// <summary>Förväntat resultat: a list, one result per line.</summary>
    public string? ExpectedResults { get; set; }

    public string? WorkingMethod { get; set; }

    public string? ResourceUse { get; set; }

    public string? FollowUp { get; set; }

    public string? Development { get; set; }


    /// <summary>
    /// A note printed under the goal's indicators in follow-up reports, as seed 000 has "*Varje delår: Sammantagen
    /// bedömning …" under each goal.
    /// </summary>
    public string? ReportNote { get; set; }

    /// <summary>The goal of the year before that this one was copied from.</summary>
    public Guid? CopiedFromId { get; set; }

    /// <summary>Copied into a new year and not yet looked over.</summary>
    public bool NeedsReview { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}

/// <summary>Planned work under a goal; late when its end date has passed unfinished, and then it needs a deviation note.</summary>
public sealed class Activity : IAudited, IVersioned
{
    public const int TitleMaxLength = 1000;
    public const int ResponsibleMaxLength = 200;

    public Guid Id { get; set; }

    public Guid GoalId { get; set; }

    public Guid OrgUnitId { get; set; }

    [AuditValue]
    public string Title { get; set; } = string.Empty;

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Responsible { get; set; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Planned;

    /// <summary>Avvikelse: why the activity is late or changed, and what happens now.</summary>
    public string? Deviation { get; set; }

    public int SortOrder { get; set; }

    public bool NeedsReview { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public bool IsLate(DateOnly today) => EndDate is { } end && end < today && Status is not (ActivityStatus.Done or ActivityStatus.Cancelled);
}

public enum ActivityStatus
{
    Planned = 1,
    Ongoing = 2,
    Done = 3,
    Cancelled = 4,
}

/// <summary>An indicator that informs a goal, with its weight in a weighted roll-up.</summary>
public sealed class GoalIndicator : IAudited
{
    public Guid GoalId { get; set; }

    public Guid IndicatorId { get; set; }

    public Guid OrgUnitId { get; set; }

    public decimal Weight { get; set; } = 1m;

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}

/// <summary>
/// A person's assessment of a goal for a period – a colour for a month, a fulfilment for a tertial or the year – with
/// their motivation, kept beside the proposal the indicators made when it was saved.
/// </summary>
public sealed class GoalAssessment : IAudited, IVersioned
{

    public Guid Id { get; set; }

    public Guid GoalId { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public int StartMonth { get; set; }

    public int EndMonth { get; set; }

    public Rag? Colour { get; set; }

    public Fulfilment? Fulfilment { get; set; }

    public string? Motivation { get; set; }

    public Rag? ProposedColour { get; set; }

    public RollUpRule? ProposalRule { get; set; }

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
