using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.Assignments;
using Verksam.Web.Features.Controls;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Processes;
using Verksam.Web.Features.Risks;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Plans;

public sealed record PlanCopyResult(int Goals, int GoalsAbove, int Indicators, int Activities, int Sections, QualityCopyResult Quality);

/// <summary>What of the unit's quality work went with the plan into next year.</summary>
public sealed record QualityCopyResult(int Risks, int Actions, int Controls, int WheelActivities, int Assignments)
{
    public int Total => Risks + Actions + Controls + WheelActivities + Assignments;
}

/// <summary>
/// Starts next year's plan as a copy of this year's: the unit's goals with their texts, its indicators without outcomes,
/// its activities a year later and its section texts, all marked to be looked over. Goals above that next year lacks
/// are copied as they are, so the cascade holds, and marked for their owners. The unit's quality work goes along
/// (<see cref="CopyQualityAsync"/>). This year's plan is only read.
/// </summary>
public sealed class PlanCopyService(
    VerksamDbContext db, AccessService access, GoalCopy goals, IndicatorCopy indicators, RiskCopy risks, ControlCopy controls, WheelService wheel, AssignmentCopy assignments, ProcessService processes)
{
    public async Task<PlanCopyResult> CopyToNextYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var next = year + 1;
        if (await goals.HasYearAsync(unitId, next, cancellationToken)
            || await indicators.HasYearAsync(unitId, next, cancellationToken)
            || await db.OperationalPlans.AnyAsync(p => p.OrgUnitId == unitId && p.Year == next, cancellationToken))
        {
            throw ValidationException.For(string.Empty, string.Format(CultureInfo.CurrentCulture, Texts.PlanCopy_Exists, next));
        }

        var section = await (from t in db.PlanSectionTexts.AsNoTracking()
                             join p in db.OperationalPlans.AsNoTracking() on t.PlanId equals p.Id
                             where p.OrgUnitId == unitId && p.Year == year
                             select t).ToListAsync(cancellationToken);
        if (section.Count == 0 && !await indicators.HasYearAsync(unitId, year, cancellationToken) && !await goals.HasYearAsync(unitId, year, cancellationToken))
        {
            throw ValidationException.For(string.Empty, string.Format(CultureInfo.CurrentCulture, Texts.PlanCopy_Nothing, year));
        }

        // Each feature adds its own rows to this one unit of work; nothing is saved until every part is added.
        var indicatorMap = await indicators.AddNextYearCopiesAsync(unitId, year, cancellationToken);
        var goalCopy = await goals.AddNextYearCopiesAsync(unit, year, indicatorMap, cancellationToken);
        await processes.AddNextYearLinksAsync(unitId, indicatorMap, cancellationToken);

        if (section.Count > 0)
        {
            var plan = new OperationalPlan { Id = Guid.NewGuid(), OrgUnitId = unitId, Year = next, Version = Guid.NewGuid() };
            db.OperationalPlans.Add(plan);
            foreach (var text in section)
            {
                db.PlanSectionTexts.Add(new PlanSectionText { Id = Guid.NewGuid(), PlanId = plan.Id, OrgUnitId = unitId, SectionKey = text.SectionKey, Text = text.Text, NeedsReview = true, Version = Guid.NewGuid() });
            }
        }

        var quality = await CopyQualityAsync(unitId, year, goalCopy.Map, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PlanCopyResult(goalCopy.Goals, goalCopy.GoalsAbove, indicatorMap.Count, goalCopy.Activities, section.Count, quality);
    }

    /// <summary>
    /// The risk analysis, the egenkontroller, the annual wheel, unfinished actions and unfinished assignments start
    /// next year as this year left them, each copied by its own feature: risks with their scores and the goals they
    /// threaten (next year's copies), without this year's follow-up marks; the annual wheel as
    /// <see cref="WheelService.CopyToNextYearAsync"/> carries it; actions keep their due dates. A kind next year
    /// already has is left alone, so copying never doubles a list.
    /// </summary>
    private async Task<QualityCopyResult> CopyQualityAsync(Guid unitId, int year, IReadOnlyDictionary<Guid, Guid> goalMap, CancellationToken cancellationToken)
    {
        var riskMap = await risks.AddNextYearRisksAsync(unitId, year, goalMap, cancellationToken);
        var controlMap = await controls.AddNextYearCopiesAsync(unitId, year, riskMap, cancellationToken);
        var actions = await risks.AddNextYearActionsAsync(unitId, year, riskMap, controlMap, cancellationToken);
        var wheelActivities = await wheel.AddNextYearCopiesAsync(unitId, year, cancellationToken);
        var assignmentCount = await assignments.AddNextYearCopiesAsync(unitId, year, goalMap, cancellationToken);
        return new QualityCopyResult(riskMap.Count, actions, controlMap.Count, wheelActivities, assignmentCount);
    }
}
