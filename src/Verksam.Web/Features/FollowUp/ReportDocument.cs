using System.Globalization;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;
using Verksam.Web.Resources;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// A follow-up report composed as seed 000 lays it out: numbered chapters from the template, the goals chapter with
/// each goal's indicator table, month row, judgement and texts. HTML (and later Word and PDF) render this model.
/// </summary>
public static class ReportDocument
{
    /// <param name="view">The report as its page shows it.</param>
    /// <param name="exported">The day of the export (Stockholm), the document's date when the report was neither approved nor sent in.</param>
    public static DocumentModel Compose(ReportView view, DateOnly exported)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Figures.Annual is { } annual)
        {
            return ComposeAnnual(view, annual, exported);
        }

        var front = new List<FrontMatterItem>();
        if (view.Administration is not null)
        {
            front.Add(new(Texts.Document_Administration, view.Administration));
        }

        front.Add(new(Texts.Document_Unit, view.Unit.Name));
        front.Add(new(Texts.Document_Date, DateText(FollowUpReport.DocumentDate(view.Report, exported))));
        front.Add(new(Texts.FollowUp_Status, FollowUpService.StatusName(view.Report?.Status)));
        Steps(front, view.Report);

        var blocks = new List<DocumentBlock>();
        var number = 0;
        void Section(PlanTemplateSection section)
        {
            blocks.Add(new HeadingBlock(section.Level, section.TitleFor(view.Period.Year), section.Level == 1 ? (++number).ToString(CultureInfo.InvariantCulture) : null));
            var composed = view.Composed(section.Block);
            section.AddDocumentText(blocks, afterBlock: false);
            if (view.Text(section.Key) is { } text)
            {
                blocks.Add(new TextBlock(text));
            }
            else if (composed.Count == 0)
            {
                blocks.Add(new NoteBlock(section.Instruction));
            }

            blocks.AddRange(composed);
            section.AddDocumentText(blocks, afterBlock: true);
        }

        foreach (var section in view.Template.Sections.Where(s => s.Placement == SectionPlacement.BeforeGoals))
        {
            Section(section);
        }

        blocks.Add(new HeadingBlock(1, Texts.FollowUp_Goals, (++number).ToString(CultureInfo.InvariantCulture)));
        if (view.Figures.Goals.Count == 0)
        {
            blocks.Add(new NoteBlock(Texts.FollowUp_NoGoals));
        }

        string? group = null;
        foreach (var goal in view.Figures.Goals)
        {
            var heading = view.SteerByPerspective ? goal.CouncilGoal ?? goal.Perspective : goal.CouncilGoal;
            if (heading is not null && heading != group)
            {
                group = heading;
                blocks.Add(new HeadingBlock(2, heading, Caption: view.SteerByPerspective ? goal.Perspective : null));
            }

            if (goal.BoardGoal is not null)
            {
                blocks.Add(new TextBlock(string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_BoardGoal, goal.BoardGoal)));
            }

            blocks.Add(new HeadingBlock(3, goal.Title, goal.Number, Texts.FollowUp_UnitGoal));
            if (goal.Indicators.Count > 0)
            {
                blocks.Add(new TableBlock(
                    Texts.FollowUp_Indicators,
                    [Texts.FollowUp_Indicator, Texts.FollowUp_Scale, Texts.FollowUp_Outcome, Texts.FollowUp_TargetLevel, Texts.FollowUp_Assessment],
                    goal.Indicators.Select(i => (IReadOnlyList<TableCell>)[i.Name, ScaleCell(i), i.Outcome.Length > 0 ? i.Outcome : "–", i.Target, Mark(i.Colour)]).ToList()));
            }

            if (goal.ReportNote is { Length: > 0 } note)
            {
                blocks.Add(new TextBlock(note));
            }

            blocks.Add(new TableBlock(Texts.FollowUp_MonthRow, Period.MonthNames, [goal.Months.Select(Mark).ToList()]));
            if (view.Period.Kind == PeriodKind.Month)
            {
                // Seed 000 asks the month's question in the goal's row, above its colour.
                blocks.Add(new TableBlock(Texts.FollowUp_ThisMonth, [Texts.FollowUp_ThisMonthQuestion, Texts.FollowUp_ProposalColumn], [[Mark(goal.Colour), Mark(goal.ProposedColour)]]));
                Text(Texts.FollowUp_WentWell, FollowUpService.WentWellKey(goal.GoalId));
                Text(Texts.FollowUp_Measures, FollowUpService.MeasuresKey(goal.GoalId));
            }
            else
            {
                var fulfilment = goal.Fulfilment is { } f ? GoalService.FulfilmentName(f) : Texts.Rag_None;
                blocks.Add(new TableBlock(
                    string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_Fulfilment, view.Period.ShortName),
                    [Texts.FollowUp_Assessment, Texts.FollowUp_ProposalColumn],
                    [[fulfilment, goal.ProposedFulfilment is { } p ? GoalService.FulfilmentName(p) : Texts.Rag_None]]));
                Text(Texts.FollowUp_Analysis, FollowUpService.AnalysisKey(goal.GoalId));
            }
        }

        foreach (var section in view.Template.Sections.Where(s => s.Placement == SectionPlacement.AfterGoals))
        {
            Section(section);
        }

        return new DocumentModel(view.Title, front, blocks);

        void Text(string title, string key)
        {
            blocks.Add(new HeadingBlock(4, title));
            blocks.Add(view.Text(key) is { } text ? new TextBlock(text) : new NoteBlock("–"));
        }
    }

    /// <summary>
    /// The verksamhetsberättelse as seed 003 lays it out: the tjänsteutlåtande's front matter, the sections before the
    /// goals, the cascade from KF's goals down to the unit's with fulfilment (or "— Inga data"), texts, indicator and
    /// activity tables each row with its analysis, then the sections after, the register's table among them.
    /// </summary>
    private static DocumentModel ComposeAnnual(ReportView view, AnnualFigures annual, DateOnly exported)
    {
        var year = view.Period.Year;
        // Seed 003's head: the organisation from the municipality down to the unit, each under its kind's name.
        var front = view.Ancestors.Select((u, i) => new FrontMatterItem(i == 0 ? Texts.Annual_Municipality : OrgUnitService.KindName(u.Kind), u.Name)).ToList();
        front.Add(new(OrgUnitService.KindName(view.Unit.Kind), view.Unit.Name));
        front.Add(new(Texts.Annual_DocumentTypeLabel, Texts.Annual_DocumentType));
        void Front(string label, string key, string? fallback = null)
        {
            if ((view.Text(key) ?? fallback) is { } value)
            {
                front.Add(new(label, value));
            }
        }

        Front(Texts.Annual_DiaryNumber, AnnualFigures.DiaryNumberKey);
        Front(Texts.Annual_Officer, AnnualFigures.OfficerKey);
        Front(Texts.Annual_Recipient, AnnualFigures.RecipientKey, view.Board);
        Front(Texts.Document_Date, AnnualFigures.DateKey, DateText(FollowUpReport.DocumentDate(view.Report, exported)));
        front.Add(new(Texts.FollowUp_Status, FollowUpService.StatusName(view.Report?.Status)));
        Steps(front, view.Report);

        var blocks = new List<DocumentBlock>();
        void Section(PlanTemplateSection section)
        {
            blocks.Add(new HeadingBlock(section.Level, section.TitleFor(year)));
            var composed = view.Composed(section.Block);
            section.AddDocumentText(blocks, afterBlock: false);
            if (view.Text(section.Key) is { } text)
            {
                blocks.Add(new TextBlock(text));
            }
            else if (composed.Count == 0 && view.Report?.IsFrozen != true)
            {
                blocks.Add(new NoteBlock(section.Instruction));
            }

            blocks.AddRange(composed);
            section.AddDocumentText(blocks, afterBlock: true);
        }

        foreach (var section in view.Template.Sections.Where(s => s.Placement == SectionPlacement.BeforeGoals))
        {
            Section(section);
        }

        blocks.Add(new HeadingBlock(1, Texts.Annual_GoalsChapter));
        if (annual.Goals.Count == 0)
        {
            blocks.Add(new NoteBlock(Texts.Annual_NoGoals));
        }

        foreach (var goal in annual.Goals)
        {
            blocks.Add(new HeadingBlock(Math.Min(goal.Depth + 2, 5), goal.Title, goal.Number is null ? null : goal.Number.Contains('.', StringComparison.Ordinal) ? goal.Number : goal.Number + ".", GoalService.LevelName(goal.Level)));
            blocks.Add(goal.Fulfilment is { } f ? new MarkBlock(GoalService.FulfilmentName(f), RollUp.ToColour(f)) : new MarkBlock(Texts.Annual_NoData, null));
            GoalText(Texts.Annual_Description, goal.Description);
            GoalText(Texts.Annual_ExpectedResults, goal.ExpectedResults);
            if (goal.Indicators.Count > 0)
            {
                var rows = new List<IReadOnlyList<TableCell>>();
                foreach (var i in goal.Indicators)
                {
                    rows.Add([i.Name, i.Outcome, i.Men, i.Women, i.PreviousYear, i.Target, i.CouncilTarget, i.Period]);
                    if (view.Text(AnnualFigures.IndicatorAnalysisKey(i.IndicatorId)) is { } analysis)
                    {
                        rows.Add([new TableCell(analysis, Span: 8, Label: Texts.Annual_Analysis)]);
                    }
                }

                blocks.Add(new TableBlock(Texts.Annual_IndicatorsCaption,
                    [Texts.Annual_Indicator, Texts.Annual_Outcome, Texts.Annual_OutcomeMen, Texts.Annual_OutcomeWomen, string.Format(CultureInfo.CurrentCulture, Texts.Annual_PreviousYear, year - 1), Texts.Annual_Target, Texts.Annual_CouncilTarget, Texts.Annual_Period],
                    rows));
            }

            if (goal.Activities.Count > 0)
            {
                var rows = new List<IReadOnlyList<TableCell>>();
                foreach (var a in goal.Activities)
                {
                    rows.Add([a.Title, a.Start, a.End, a.Deviation]);
                    if (view.Text(AnnualFigures.ActivityAnalysisKey(a.ActivityId)) is { } analysis)
                    {
                        rows.Add([new TableCell(analysis, Span: 4, Label: Texts.Annual_Analysis)]);
                    }
                }

                blocks.Add(new TableBlock(Texts.Annual_ActivitiesCaption, [Texts.Annual_Activity, Texts.Annual_Start, Texts.Annual_End, Texts.Annual_Deviation], rows));
            }

            GoalText(Texts.Annual_Analysis, view.Text(FollowUpService.AnalysisKey(goal.GoalId)));
        }

        foreach (var section in view.Template.Sections.Where(s => s.Placement == SectionPlacement.AfterGoals))
        {
            Section(section);
        }

        return new DocumentModel(view.Title, front, blocks);

        void GoalText(string heading, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                blocks.Add(new HeadingBlock(6, heading));
                blocks.Add(new TextBlock(text));
            }
        }
    }

    /// <summary>"Inskickad 2023-10-09 av Enhetschef Myndighet LSS" and "Godkänd …" where the report stands so.</summary>
    private static void Steps(List<FrontMatterItem> front, FollowUpReport? report)
    {
        if (report?.Submission is { } submitted)
        {
            front.Add(new(Texts.FollowUp_SubmittedLabel, StepText(submitted)));
        }

        if (report?.Approval is { } approved)
        {
            front.Add(new(Texts.FollowUp_ApprovedLabel, StepText(approved)));
        }
    }

    /// <summary>"2023-10-09 av Enhetschef Myndighet LSS".</summary>
    public static string StepText(ReportStep step) => string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_StepBy, DateText(step.Date), step.By);

    private static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The scale, and under it the indicator's explanation where it has one.</summary>
    private static TableCell ScaleCell(IndicatorFigures indicator) => indicator.Explanation is { Length: > 0 } explanation
        ? indicator.Scale.Length > 0 ? indicator.Scale + "\n" + explanation : explanation
        : indicator.Scale;

    private static TableCell Mark(Verksam.Web.Domain.Scales.Rag? colour) => colour is { } c ? new TableCell(Verksam.Web.Domain.Scales.RagText.Word(c), c) : new TableCell("–");
}
