using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// A report's figures as they are now, read from the goals, indicators, quality work and register through their own
/// services: what a draft shows and what submission freezes.
/// </summary>
public sealed class ReportFiguresBuilder(GoalQueries goalQueries, GoalService goals, IndicatorService indicatorService, TrendService trends, QualityReportSections quality, RegisterTableService register)
{
    /// <summary>
    /// The report's figures as they are now: each of the unit's own goals of the year with where it sits in the cascade,
    /// its judgement and the proposal, its month row and its indicators with outcome and colour. Six queries.
    /// </summary>
    public async Task<ReportFigures> ComputeAsync(OrgUnit unit, Period period, MunicipalitySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(settings);
        var cascade = await goalQueries.CascadeAsync(unit, period.Year, cancellationToken);
        var byId = cascade.ToDictionary(g => g.Id);
        var own = cascade.Where(g => g.OrgUnitId == unit.Id).OrderBy(g => g.SortOrder).ThenBy(g => g.Title, StringComparer.CurrentCulture).ToList();
        var ownIds = own.Select(g => g.Id).ToList();
        var links = await goalQueries.LinksAsync(ownIds, cancellationToken: cancellationToken);
        var indicatorIds = links.Select(l => l.IndicatorId).Distinct().ToList();
        var indicators = await indicatorService.ListAsync(indicatorIds, cancellationToken);
        var outcomes = await indicatorService.OutcomesAsync(indicatorIds, cancellationToken);
        var assessments = await goalQueries.AssessmentsAsync(ownIds, period.Year, cancellationToken);
        var numbers = settings.SteerByPerspective ? new Dictionary<Guid, string>() : await goals.NumbersAsync(unit.MunicipalityId, period.Year, cancellationToken);
        var rollUp = settings.ToRollUp();

        var result = new List<GoalFigures>();
        foreach (var goal in own)
        {
            var goalLinks = links.Where(l => l.GoalId == goal.Id).ToList();
            var goalIndicators = indicators.Where(i => goalLinks.Any(l => l.IndicatorId == i.Id)).ToList();
            var goalAssessments = assessments[goal.Id].ToList();
            var (_, _, proposal) = GoalAssessmentService.Propose(period, goalIndicators, outcomes, goalLinks, goalAssessments, rollUp);
            var stored = goalAssessments.FirstOrDefault(a => a.Period == period);
            var months = Enumerable.Range(1, 12).Select(m => goalAssessments.FirstOrDefault(a => a.Period == Period.Month(period.Year, m))?.Colour).ToList();
            var parents = Parents(goal, byId);
            result.Add(new GoalFigures(
                goal.Id,
                goal.Perspective,
                parents.FirstOrDefault(p => p.Level is GoalLevel.CouncilDirection)?.Title ?? parents.FirstOrDefault()?.Title,
                parents.LastOrDefault(p => p.Level is GoalLevel.Board)?.Title,
                numbers.GetValueOrDefault(goal.Id),
                goal.Title,
                period.Kind == PeriodKind.Month ? stored?.Colour : null,
                period.Kind == PeriodKind.Month ? proposal.Colour : null,
                period.Kind == PeriodKind.Month ? null : stored?.Fulfilment,
                period.Kind == PeriodKind.Month || proposal.Colour is not { } c ? null : RollUp.ToFulfilment(c),
                months,
                goalIndicators.Select(i => Figures(i, outcomes[i.Id].ToList(), period)).ToList(),
                goal.ReportNote));
        }

        var annual = period.Kind == PeriodKind.Year ? await AnnualAsync(unit, period, cascade, numbers, cancellationToken) : null;
        var charts = annual is null
            ? TrendsOfYear(unit, period, indicators, outcomes, result.SelectMany(g => g.Indicators.Select(i => i.IndicatorId)))
            : await TrendsOfYearsAsync(unit, annual, cancellationToken);
        return new ReportFigures(result, await quality.ComputeAsync(unit, period, cancellationToken), annual, Trends: charts);
    }

    /// <summary>Each of the report's indicators (in the order the goals show them) month by month up to the report's period, from the outcomes already read.</summary>
    private static List<Domain.Charts.TrendChart> TrendsOfYear(OrgUnit unit, Period period, IReadOnlyList<Indicator> indicators, ILookup<Guid, Outcome> outcomes, IEnumerable<Guid> shown) =>
        shown.Distinct().Select(id => indicators.First(i => i.Id == id))
            .Select(i => IndicatorTrend.Months(i, unit.Name, outcomes[i.Id].ToList(), period)).ToList();

    /// <summary>The annual report's indicators, each one value a year over up to ten years. Three queries.</summary>
    private async Task<List<Domain.Charts.TrendChart>> TrendsOfYearsAsync(OrgUnit unit, AnnualFigures annual, CancellationToken cancellationToken)
    {
        var ids = annual.Goals.SelectMany(g => g.Indicators.Select(i => i.IndicatorId)).Distinct().ToList();
        var indicators = await indicatorService.ListAsync(ids, cancellationToken);
        var charts = await trends.YearsAsync(indicators, unit, cancellationToken);
        return ids.Where(charts.ContainsKey).Select(id => charts[id]).ToList();
    }

    /// <summary>
    /// The annual report's cascade: every goal from the council down to the unit's own, in number order, each with the
    /// year's fulfilment its owner judged, and under it the unit's indicators (with last year's outcome) and activities.
    /// Six queries, whatever the number of goals.
    /// </summary>
    private async Task<AnnualFigures> AnnualAsync(OrgUnit unit, Period period, List<Goal> cascade, IReadOnlyDictionary<Guid, string> numbers, CancellationToken cancellationToken)
    {
        var goalIds = cascade.Select(g => g.Id).ToList();
        var fulfilments = await goalQueries.YearFulfilmentsAsync(goalIds, period.Year, cancellationToken);
        var links = await goalQueries.LinksAsync(goalIds, unit.Id, cancellationToken);
        var indicatorIds = links.Select(l => l.IndicatorId).Distinct().ToList();
        var indicators = (await indicatorService.ListAsync(indicatorIds, cancellationToken)).ToDictionary(i => i.Id);
        var previousIds = indicators.Values.Where(i => i.CopiedFromId is not null).Select(i => i.CopiedFromId!.Value).ToList();
        var measured = indicatorIds.Concat(previousIds).ToList();
        var outcomes = await indicatorService.OutcomesAsync(measured, unit.Id, period.Year - 1, period.Year, cancellationToken);
        var activities = await goalQueries.ActivitiesAsync(goalIds, cancellationToken);
        var table = await register.ComposeAsync(unit, period.Year, cancellationToken);

        var children = cascade.OrderBy(g => numbers.GetValueOrDefault(g.Id), GoalNumberComparer.Instance).ThenBy(g => g.SortOrder)
            .ThenBy(g => g.Title, StringComparer.CurrentCulture).ToLookup(g => g.ParentId is { } p && goalIds.Contains(p) ? p : (Guid?)null);
        var goalsInOrder = new List<AnnualGoal>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var goal in children[parent])
            {
                var rows = links.Where(l => l.GoalId == goal.Id && indicators.ContainsKey(l.IndicatorId)).Select(l => indicators[l.IndicatorId])
                    .OrderBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.CurrentCulture)
                    .Select(i => AnnualFigures.Row(i, [.. outcomes[i.Id].Where(o => o.Year == period.Year)],
                        [.. outcomes[i.Id].Concat(i.CopiedFromId is { } from ? outcomes[from] : []).Where(o => o.Year == period.Year - 1)], period))
                    .ToList();
                goalsInOrder.Add(new AnnualGoal(goal.Id, goal.Level, depth, numbers.GetValueOrDefault(goal.Id), goal.Title, goal.OrgUnitId == unit.Id,
                    fulfilments.GetValueOrDefault(goal.Id), goal.Description, goal.ExpectedResults, rows,
                    activities[goal.Id].OrderBy(a => a.SortOrder).Select(AnnualFigures.Row).ToList()));
                Walk(goal.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return new AnnualFigures(goalsInOrder, table.ToBlock());
    }

    private static IndicatorFigures Figures(Indicator indicator, IReadOnlyCollection<Outcome> outcomes, Period period)
    {
        // The period's own outcome; for an indicator measured less often than the report, the latest up to the period's end.
        var outcome = CountingOutcome.For(outcomes, o => o.Period, period,
            period.Kind == PeriodKind.Month && indicator.Periodicity == Periodicity.Month ? Lookback.None : Lookback.UpToEnd);
        var assessed = outcome is null ? null : IndicatorService.Assess(indicator, outcome, outcomes);
        var text = assessed is null ? string.Empty : outcome!.Period == period ? assessed.Text : $"{assessed.Text} ({outcome.Period.ShortName})";
        // The outcome's comment qualifies the figure where the seed writes it: "92 %" and "Ackumulerat (15 svarande sept)".
        if (outcome?.Comment is { Length: > 0 } comment)
        {
            text = text.Length == 0 ? comment : text + "\n" + comment;
        }

        return new IndicatorFigures(indicator.Id, indicator.Name, indicator.Scale is { } scale ? ScaleFormatter.Format(scale) : string.Empty, text,
            OutcomeDisplay.ReportTarget(indicator), assessed?.Colour, string.IsNullOrWhiteSpace(indicator.Description) ? null : indicator.Description);
    }

    private static List<Goal> Parents(Goal goal, Dictionary<Guid, Goal> byId)
    {
        var parents = new List<Goal>();
        for (var id = goal.ParentId; id is { } p && byId.TryGetValue(p, out var parent) && parents.Count < 10; id = parent.ParentId)
        {
            parents.Insert(0, parent);
        }

        return parents;
    }
}
