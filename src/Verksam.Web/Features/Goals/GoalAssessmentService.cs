using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Goals;

/// <summary>A person's assessment of a goal per period, beside what its indicators propose by the municipality's rule.</summary>
public sealed class GoalAssessmentService(VerksamDbContext db, AccessService access, GoalAccess goals, IndicatorService indicators, MunicipalitySettingsService municipalities)
{
    /// <summary>What the indicators propose for the goal and period, by the municipality's rule, and what a person has decided.</summary>
    public async Task<AssessmentView> GetAssessmentAsync(Guid goalId, Period period, CancellationToken cancellationToken = default)
    {
        var (goal, owner, canEdit) = await goals.LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        if (period.Year != goal.Year || period.Kind == PeriodKind.Span)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        var settings = await SettingsForAsync(owner, cancellationToken);
        var links = await goals.ReadableLinksAsync(goalId, cancellationToken);
        var ids = links.Select(l => l.IndicatorId).ToList();
        var linked = await indicators.ListAsync(ids, cancellationToken);
        var outcomes = await indicators.OutcomesAsync(ids, cancellationToken);
        var assessments = await db.GoalAssessments.AsNoTracking().Where(a => a.GoalId == goalId && a.Year == goal.Year).ToListAsync(cancellationToken);

        var (rows, months, proposal) = Propose(period, linked, outcomes, links, assessments, settings);
        var stored = assessments.FirstOrDefault(a => a.Period == period);
        return new AssessmentView(goal, owner, period, settings, rows, months, proposal, stored, canEdit);
    }

    /// <summary>
    /// What a goal's indicators propose for a period. A month is judged by the monthly indicators; a tertial or the year
    /// by the months' assessments and the indicators measured that seldom, as seed 000 instructs. No queries: the
    /// caller loads the goal's indicators, their outcomes, its links and its assessments of the year.
    /// </summary>
    public static (IReadOnlyList<ProposalRow> Rows, IReadOnlyList<(Period Month, Rag? Colour)> Months, Proposal Proposal) Propose(
        Period period, IEnumerable<Indicator> indicators, ILookup<Guid, Outcome> outcomes, IReadOnlyCollection<GoalIndicator> links,
        IReadOnlyCollection<GoalAssessment> assessments, RollUpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(assessments);
        var rows = new List<ProposalRow>();
        foreach (var indicator in indicators)
        {
            var link = links.FirstOrDefault(l => l.IndicatorId == indicator.Id);
            var counts = period.Kind == PeriodKind.Month ? indicator.Periodicity == Periodicity.Month : indicator.Periodicity != Periodicity.Month;
            if (link is null || !counts)
            {
                continue;
            }

            var own = outcomes[indicator.Id].ToList();
            var outcome = CountingOutcome.For(own, o => o.Period, period, Lookback.Within);
            var assessed = outcome is null ? null : IndicatorService.Assess(indicator, outcome, own);
            rows.Add(new ProposalRow(indicator, link.Weight, assessed));
        }

        var inputs = rows.Select(r => new ColourInput(r.Assessed?.Colour, r.Weight)).ToList();
        if (period.Kind == PeriodKind.Month)
        {
            return (rows, [], RollUp.Propose(inputs, settings));
        }

        var months = Enumerable.Range(period.StartMonth, period.EndMonth - period.StartMonth + 1)
            .Select(m => (Period.Month(period.Year, m), assessments.FirstOrDefault(a => a.Period == Period.Month(period.Year, m))?.Colour)).ToList();
        return (rows, months, RollUp.ProposeFulfilment(months.Select(m => m.Item2), inputs, settings).Proposal);
    }

    public async Task SaveAssessmentAsync(Guid goalId, Period period, Rag? colour, Fulfilment? fulfilment, string? motivation, Guid? version, CancellationToken cancellationToken = default)
    {
        var view = await GetAssessmentAsync(goalId, period, cancellationToken);
        if (!view.CanEdit)
        {
            // The user may read the goal (it is above their unit) but only its own unit assesses it.
            await access.RecordDenialAsync(view.Goal.OrgUnitId, AccessLevel.Edit, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }
        var errors = new ValidationErrors();
        if (period.Kind == PeriodKind.Month && colour is null)
        {
            errors.Add("Colour", Texts.GoalAssessment_Colour_Required);
        }

        if (period.Kind != PeriodKind.Month && fulfilment is null)
        {
            errors.Add("Fulfilment", Texts.GoalAssessment_Fulfilment_Required);
        }

        FreeText.Refuse(errors, "Motivation", Texts.GoalAssessment_Motivation, motivation);

        PersonalIdentityNumber.Refuse(errors, "Motivation", Texts.GoalAssessment_Motivation, motivation);

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var stored = await db.GoalAssessments.FirstOrDefaultAsync(a => a.GoalId == goalId && a.Year == period.Year && a.PeriodKind == period.Kind && a.StartMonth == period.StartMonth && a.EndMonth == period.EndMonth, cancellationToken);
        if (stored is not null)
        {
            db.Expect(stored, version);
        }

        var assessment = stored ?? new GoalAssessment { Id = Guid.NewGuid(), GoalId = goalId, OrgUnitId = view.Goal.OrgUnitId, Period = period, Version = Guid.NewGuid() };
        assessment.Colour = period.Kind == PeriodKind.Month ? colour : null;
        assessment.Fulfilment = period.Kind == PeriodKind.Month ? null : fulfilment;
        assessment.Motivation = string.IsNullOrWhiteSpace(motivation) ? null : motivation.Trim();
        assessment.ProposedColour = view.Proposal.Colour;
        assessment.ProposalRule = view.Proposal.Rule;
        if (stored is null)
        {
            db.GoalAssessments.Add(assessment);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>
    /// Adds a report's judgements to the unit of work, beside the proposal the report showed; the report's own save
    /// stores them with it, or neither. <paramref name="judgements"/> holds only goals judged, with defined values.
    /// </summary>
    internal async Task AddReportJudgementsAsync(Guid unitId, Period period, IReadOnlyCollection<ReportJudgement> judgements, CancellationToken cancellationToken)
    {
        var goalIds = judgements.Select(j => j.GoalId).ToList();
        var stored = await db.GoalAssessments.Where(a => goalIds.Contains(a.GoalId) && a.Year == period.Year && a.PeriodKind == period.Kind
            && a.StartMonth == period.StartMonth && a.EndMonth == period.EndMonth).ToDictionaryAsync(a => a.GoalId, cancellationToken);
        foreach (var judgement in judgements)
        {
            var assessment = stored.GetValueOrDefault(judgement.GoalId);
            if (assessment is null)
            {
                assessment = new GoalAssessment { Id = Guid.NewGuid(), GoalId = judgement.GoalId, OrgUnitId = unitId, Period = period, Version = Guid.NewGuid() };
                db.GoalAssessments.Add(assessment);
            }

            assessment.Colour = judgement.Colour;
            assessment.Fulfilment = judgement.Fulfilment;
            assessment.ProposedColour = judgement.ProposedColour;
        }
    }

    private async Task<RollUpSettings> SettingsForAsync(OrgUnit unit, CancellationToken cancellationToken) =>
        (await municipalities.GetAsync(unit.MunicipalityId, cancellationToken)).ToRollUp();
}

/// <summary>A goal's judgement in a follow-up report: a colour for a month, a fulfilment for a tertial or the year.</summary>
public sealed record ReportJudgement(Guid GoalId, Rag? Colour, Fulfilment? Fulfilment, Rag? ProposedColour);

public sealed record ProposalRow(Indicator Indicator, decimal Weight, AssessedOutcome? Assessed);

public sealed record AssessmentView(Goal Goal, OrgUnit Owner, Period Period, RollUpSettings Settings, IReadOnlyList<ProposalRow> Rows, IReadOnlyList<(Period Month, Rag? Colour)> Months, Proposal Proposal, GoalAssessment? Stored, bool CanEdit);
