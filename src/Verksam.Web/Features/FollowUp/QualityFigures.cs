using System.Globalization;
using System.Text.Json.Serialization;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.Assignments;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Risks;
using Verksam.Web.Resources;

namespace Verksam.Web.Features.FollowUp;

/// <summary>A row of the risk follow-up: Typ av risk (perspective and goal), the risk with its score, its actions, and the period's mark.</summary>
public sealed record RiskRow(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("risk")] string Risk,
    [property: JsonPropertyName("actions")] IReadOnlyList<string> Actions,
    [property: JsonPropertyName("mark")] Rag? Mark,
    [property: JsonPropertyName("comment")] string? Comment);

/// <summary>A risk taken out of the follow-up, and why.</summary>
public sealed record RemovedRiskRow(
    [property: JsonPropertyName("risk")] string Risk,
    [property: JsonPropertyName("comment")] string Comment);

public sealed record AssignmentRow(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("commissioner")] string Commissioner,
    [property: JsonPropertyName("goalsAndAim")] string GoalsAndAim,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("comment")] string Comment);

public sealed record WheelRow(
    [property: JsonPropertyName("timing")] WheelTiming Timing,
    [property: JsonPropertyName("month")] int? Month,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("responsible")] string Responsible,
    [property: JsonPropertyName("comment")] string Comment,
    [property: JsonPropertyName("mark")] Rag? Mark);

/// <summary>Sections 4–6 of a follow-up report as they were for its period; frozen with the rest of the report's figures.</summary>
public sealed record QualityFigures(
    [property: JsonPropertyName("risks")] IReadOnlyList<RiskRow> Risks,
    [property: JsonPropertyName("removed")] IReadOnlyList<RemovedRiskRow> Removed,
    [property: JsonPropertyName("assignments")] IReadOnlyList<AssignmentRow> Assignments,
    [property: JsonPropertyName("wheel")] IReadOnlyList<WheelRow> Wheel)
{
    public static bool IsComposed(Plans.DataBlock block) =>
        block is Plans.DataBlock.Risks or Plans.DataBlock.Assignments or Plans.DataBlock.AnnualWheel or Plans.DataBlock.AnnualWheelYear;

    /// <summary>The blocks a report of <paramref name="period"/> shows for a section's data block, after any text written there.</summary>
    public IReadOnlyList<DocumentBlock> Blocks(Plans.DataBlock block, Period period) => block switch
    {
        Plans.DataBlock.Risks => RiskBlocks(),
        Plans.DataBlock.Assignments => AssignmentBlocks(),
        Plans.DataBlock.AnnualWheel => WheelBlocks(period.StartMonth, period.EndMonth, period),
        Plans.DataBlock.AnnualWheelYear => WheelBlocks(1, 12, period: null),
        _ => [],
    };

    private List<DocumentBlock> RiskBlocks()
    {
        var blocks = new List<DocumentBlock>();
        if (Risks.Count == 0)
        {
            blocks.Add(new NoteBlock(Texts.RiskFollowUp_None));
        }
        else
        {
            string? previous = null;
            blocks.Add(new TableBlock(Texts.RiskFollowUp_Caption, [Texts.Risk_Category, Texts.Risk_WithScore, Texts.Risk_Actions, Texts.FollowUp_Assessment, Texts.Common_Comment],
                Risks.Select(r =>
                {
                    var category = r.Category == previous ? string.Empty : r.Category;
                    previous = r.Category;
                    return (IReadOnlyList<TableCell>)[category, r.Risk, string.Join("\n", r.Actions), Mark(r.Mark), r.Comment ?? string.Empty];
                }).ToList()));
        }

        if (Removed.Count > 0)
        {
            blocks.Add(new TableBlock(Texts.RiskFollowUp_Removed, [Texts.Risk_WithScore, Texts.Risk_RemovalComment], Removed.Select(r => (IReadOnlyList<TableCell>)[r.Risk, r.Comment]).ToList()));
        }

        return blocks;
    }

    private List<DocumentBlock> AssignmentBlocks() => Assignments.Count == 0
        ? [new NoteBlock(Texts.Assignment_None)]
        : [new TableBlock(Texts.Assignment_Caption, [Texts.Assignment_Title, Texts.Assignment_Commissioner, Texts.Assignment_GoalsAndAim, Texts.Assignment_Status, Texts.Common_Comment],
            Assignments.Select(a => (IReadOnlyList<TableCell>)[a.Title, a.Commissioner, a.GoalsAndAim, a.Status, a.Comment]).ToList())];

    /// <summary>
    /// The annual wheel from <paramref name="firstMonth"/> to <paramref name="lastMonth"/>, then the activities done every
    /// month or all year. For a report's own months (<paramref name="period"/> given), an empty month is left out and the
    /// activities of earlier months not marked G follow as late; the whole year (seed 000) prints every month as it is.
    /// </summary>
    private List<DocumentBlock> WheelBlocks(int firstMonth, int lastMonth, Period? period)
    {
        if (Wheel.Count == 0)
        {
            return [new NoteBlock(Texts.Wheel_None)];
        }

        string[] columns = [Texts.Wheel_Activity, Texts.Wheel_Responsible, Texts.Common_Comment, Texts.FollowUp_Assessment];
        var blocks = new List<DocumentBlock>();
        for (var month = firstMonth; month <= lastMonth; month++)
        {
            var rows = Wheel.Where(w => w.Timing == WheelTiming.Month && w.Month == month).ToList();
            if (rows.Count > 0 || period is null)
            {
                blocks.Add(new TableBlock(WheelService.MonthHeading(month), columns, rows.Select(Row).ToList()));
            }
        }

        if (period is { } own)
        {
            if (blocks.Count == 0)
            {
                blocks.Add(new NoteBlock(string.Format(CultureInfo.CurrentCulture, Texts.Wheel_NoneInPeriod, own.Name)));
            }

            var late = Wheel.Where(w => w.Timing == WheelTiming.Month && w.Month < firstMonth && w.Mark != Rag.Green).OrderBy(w => w.Month).ToList();
            if (late.Count > 0)
            {
                blocks.Add(new TableBlock(Texts.Wheel_LateCaption, [Texts.Wheel_Month, .. columns],
                    late.Select(w => (IReadOnlyList<TableCell>)[Period.MonthName(w.Month ?? 1), w.Title, w.Responsible, w.Comment, w.Mark is null ? new TableCell(Texts.Wheel_NotFollowedUp) : Mark(w.Mark)]).ToList()));
            }
        }

        foreach (var (timing, caption) in new[] { (WheelTiming.EveryMonth, Texts.Wheel_EveryMonth), (WheelTiming.Ongoing, Texts.Wheel_Ongoing) })
        {
            var rows = Wheel.Where(w => w.Timing == timing).ToList();
            if (rows.Count > 0)
            {
                blocks.Add(new TableBlock(caption, columns, rows.Select(Row).ToList()));
            }
        }

        return blocks;
    }

    private static IReadOnlyList<TableCell> Row(WheelRow w) => [w.Title, w.Responsible, w.Comment, Mark(w.Mark)];

    private static TableCell Mark(Rag? mark) => mark is { } m ? new TableCell(RagText.Word(m), m) : new TableCell(string.Empty);
}

/// <summary>Reads sections 4–6 of a unit's follow-up report for a period, with a fixed number of queries; the caller has checked access.</summary>
public sealed class QualityReportSections(RiskFollowUpService riskFollowUps, AssignmentService assignments, WheelService wheels)
{
    public async Task<QualityFigures> ComputeAsync(OrgUnit unit, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var followUp = await riskFollowUps.LoadFollowUpAsync(unit, period, canEdit: false, cancellationToken);
        var register = followUp.Register;
        var riskRows = followUp.Risks.Select(r =>
        {
            var category = string.Join("\n", new[] { r.Category, r.GoalId is { } g ? register.GoalTitles.GetValueOrDefault(g) : null }.Where(s => s is not null));
            var actions = register.Actions[r.Id].Select(a => a.Title.Length > 0 ? a.Title : a.Description ?? string.Empty).ToList();
            if (actions.Count == 0 && r.ActionPlanDue is { } due)
            {
                actions.Add(string.Format(CultureInfo.CurrentCulture, Texts.Risk_PlanDueOn, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            var mark = followUp.Marks.GetValueOrDefault(r.Id);
            return new RiskRow(category, RiskService.Described(r), actions, mark?.Mark, mark?.Comment);
        }).ToList();
        var removed = followUp.Removed.Select(r => new RemovedRiskRow(RiskService.Described(r), r.RemovalComment ?? string.Empty)).ToList();
        var list = await assignments.LoadAsync(unit, period.Year, canEdit: false, register.GoalTitles, cancellationToken);
        var assignmentRows = list.Assignments.Select(a => new AssignmentRow(a.Title, a.Commissioner ?? string.Empty, list.GoalsAndAim(a), AssignmentService.StatusName(a.Status), a.Comment ?? string.Empty)).ToList();
        var wheel = await wheels.ActivitiesOfYearAsync(unit.Id, period.Year, cancellationToken);
        var wheelRows = wheel.Select(a => new WheelRow(a.Timing, a.Month, a.Title, a.Responsible ?? string.Empty, a.Comment ?? string.Empty, a.Mark)).ToList();
        return new QualityFigures(riskRows, removed, assignmentRows, wheelRows);
    }
}
