using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.Assignments;
using Verksam.Web.Features.Controls;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
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
public sealed class PlanCopyService(VerksamDbContext db, AccessService access, WheelService wheel)
{
    public async Task<PlanCopyResult> CopyToNextYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var next = year + 1;
        if (await db.Goals.AnyAsync(g => g.OrgUnitId == unitId && g.Year == next, cancellationToken)
            || await db.Indicators.AnyAsync(i => i.OrgUnitId == unitId && i.Year == next, cancellationToken)
            || await db.OperationalPlans.AnyAsync(p => p.OrgUnitId == unitId && p.Year == next, cancellationToken))
        {
            throw ValidationException.For(string.Empty, string.Format(CultureInfo.CurrentCulture, Texts.PlanCopy_Exists, next));
        }

        var owners = unit.AncestorIds().ToList();
        var own = await db.Goals.AsNoTracking().Where(g => g.OrgUnitId == unitId && g.Year == year).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unitId && i.Year == year).ToListAsync(cancellationToken);
        var section = await (from t in db.PlanSectionTexts.AsNoTracking()
                             join p in db.OperationalPlans.AsNoTracking() on t.PlanId equals p.Id
                             where p.OrgUnitId == unitId && p.Year == year
                             select t).ToListAsync(cancellationToken);
        if (own.Count == 0 && indicators.Count == 0 && section.Count == 0)
        {
            throw ValidationException.For(string.Empty, string.Format(CultureInfo.CurrentCulture, Texts.PlanCopy_Nothing, year));
        }

        var above = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == year).ToDictionaryAsync(g => g.Id, cancellationToken);
        var aboveNext = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == next && g.CopiedFromId != null)
            .ToDictionaryAsync(g => g.CopiedFromId!.Value, g => g.Id, cancellationToken);
        var ownIds = own.Select(g => g.Id).ToList();
        var links = await db.GoalIndicators.AsNoTracking().Where(l => ownIds.Contains(l.GoalId)).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => ownIds.Contains(a.GoalId)).ToListAsync(cancellationToken);

        var map = new Dictionary<Guid, Guid>(aboveNext);
        var copiedAbove = 0;
        Guid? MapParent(Guid? parentId)
        {
            if (parentId is not { } p)
            {
                return null;
            }

            if (map.TryGetValue(p, out var mapped))
            {
                return mapped;
            }

            if (!above.TryGetValue(p, out var parent))
            {
                return null;
            }

            // The goal above has no copy for next year yet: copy it unchanged, for its owner to review.
            var copy = CopyGoal(parent, next, MapParent(parent.ParentId));
            map[p] = copy.Id;
            copiedAbove++;
            db.Goals.Add(copy);
            return copy.Id;
        }

        foreach (var goal in own.OrderBy(g => g.Level))
        {
            if (!map.ContainsKey(goal.Id))
            {
                var copy = CopyGoal(goal, next, null);
                map[goal.Id] = copy.Id;
                db.Goals.Add(copy);
            }
        }

        foreach (var goal in own)
        {
            // Parents are resolved after every own goal has its copy, so own goals under own goals map too.
            var copy = db.ChangeTracker.Entries<Goal>().Select(e => e.Entity).First(g => g.Id == map[goal.Id]);
            copy.ParentId = goal.ParentId is { } parent && map.TryGetValue(parent, out var mapped) ? mapped : MapParent(goal.ParentId);
        }

        var indicatorMap = new Dictionary<Guid, Guid>();
        foreach (var indicator in indicators)
        {
            var copy = new Indicator
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unitId,
                Year = next,
                Name = indicator.Name,
                Description = indicator.Description,
                Unit = indicator.Unit,
                Decimals = indicator.Decimals,
                Periodicity = indicator.Periodicity,
                Measurement = indicator.Measurement,
                SurveyAnswers = indicator.SurveyAnswers.ToList(),
                Scale = indicator.Scale,
                Direction = indicator.Direction,
                IsAccumulated12Months = indicator.IsAccumulated12Months,
                AnnualTarget = indicator.AnnualTarget,
                AnnualTargetText = indicator.AnnualTargetText,
                CouncilTarget = indicator.CouncilTarget,
                CouncilTargetText = indicator.CouncilTargetText,
                SplitBySex = indicator.SplitBySex,
                ExternalKpiId = indicator.ExternalKpiId,
                SortOrder = indicator.SortOrder,
                IsDemo = indicator.IsDemo,
                CopiedFromId = indicator.Id,
                NeedsReview = true,
                Version = Guid.NewGuid(),
            };
            indicatorMap[indicator.Id] = copy.Id;
            db.Indicators.Add(copy);
        }

        foreach (var link in links.Where(l => indicatorMap.ContainsKey(l.IndicatorId)))
        {
            db.GoalIndicators.Add(new GoalIndicator { GoalId = map[link.GoalId], IndicatorId = indicatorMap[link.IndicatorId], OrgUnitId = unitId, Weight = link.Weight });
        }

        foreach (var activity in activities)
        {
            db.Activities.Add(new Activity
            {
                Id = Guid.NewGuid(),
                GoalId = map[activity.GoalId],
                OrgUnitId = unitId,
                Title = activity.Title,
                StartDate = activity.StartDate?.AddYears(1),
                EndDate = activity.EndDate?.AddYears(1),
                Responsible = activity.Responsible,
                Status = ActivityStatus.Planned,
                SortOrder = activity.SortOrder,
                NeedsReview = true,
                Version = Guid.NewGuid(),
            });
        }

        if (section.Count > 0)
        {
            var plan = new OperationalPlan { Id = Guid.NewGuid(), OrgUnitId = unitId, Year = next, Version = Guid.NewGuid() };
            db.OperationalPlans.Add(plan);
            foreach (var text in section)
            {
                db.PlanSectionTexts.Add(new PlanSectionText { Id = Guid.NewGuid(), PlanId = plan.Id, OrgUnitId = unitId, SectionKey = text.SectionKey, Text = text.Text, NeedsReview = true, Version = Guid.NewGuid() });
            }
        }

        var quality = await CopyQualityAsync(unitId, year, map, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PlanCopyResult(own.Count, copiedAbove, indicators.Count, activities.Count, section.Count, quality);
    }

    /// <summary>
    /// The risk analysis, the egenkontroller, the annual wheel, unfinished actions and unfinished assignments start
    /// next year as this year left them: risks with their scores and the goals they threaten (next year's copies),
    /// without this year's follow-up marks; the annual wheel as <see cref="WheelService.CopyToNextYearAsync"/> carries it;
    /// actions keep their due dates. A kind next year already has is left alone, so copying never doubles a list.
    /// </summary>
    private async Task<QualityCopyResult> CopyQualityAsync(Guid unitId, int year, Dictionary<Guid, Guid> goals, CancellationToken cancellationToken)
    {
        var next = year + 1;
        static Guid? Mapped(Dictionary<Guid, Guid> map, Guid? id) => id is { } old && map.TryGetValue(old, out var copy) ? copy : null;

        var risks = await db.Risks.AnyAsync(r => r.OrgUnitId == unitId && r.Year == next, cancellationToken)
            ? []
            : await db.Risks.AsNoTracking().Where(r => r.OrgUnitId == unitId && r.Year == year).ToListAsync(cancellationToken);
        var riskMap = risks.ToDictionary(r => r.Id, _ => Guid.NewGuid());
        foreach (var r in risks)
        {
            db.Risks.Add(new Risk
            {
                Id = riskMap[r.Id],
                OrgUnitId = unitId,
                Year = next,
                Description = r.Description,
                Category = r.Category,
                GoalId = Mapped(goals, r.GoalId),
                ProcessId = r.ProcessId,
                Likelihood = r.Likelihood,
                Consequence = r.Consequence,
                InFollowUp = r.InFollowUp,
                SortOrder = r.SortOrder,
                Version = Guid.NewGuid(),
            });
        }

        var controls = await db.SelfMonitorings.AnyAsync(c => c.OrgUnitId == unitId && c.Year == next, cancellationToken)
            ? []
            : await db.SelfMonitorings.AsNoTracking().Where(c => c.OrgUnitId == unitId && c.Year == year).ToListAsync(cancellationToken);
        var controlMap = controls.ToDictionary(c => c.Id, _ => Guid.NewGuid());
        foreach (var c in controls)
        {
            db.SelfMonitorings.Add(new SelfMonitoring
            {
                Id = controlMap[c.Id],
                OrgUnitId = unitId,
                Year = next,
                ProcessId = c.ProcessId,
                RiskId = Mapped(riskMap, c.RiskId),
                Title = c.Title,
                Purpose = c.Purpose,
                Months = c.Months,
                Frequency = c.Frequency,
                Responsible = c.Responsible,
                IsInternalControl = c.IsInternalControl,
                SortOrder = c.SortOrder,
                Version = Guid.NewGuid(),
            });
        }

        var actions = await db.QualityActions.AnyAsync(a => a.OrgUnitId == unitId && a.Year == next, cancellationToken)
            ? []
            : await db.QualityActions.AsNoTracking().Where(a => a.OrgUnitId == unitId && a.Year == year && a.Status != ActionStatus.Done).ToListAsync(cancellationToken);
        foreach (var a in actions)
        {
            db.QualityActions.Add(new QualityAction
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unitId,
                Year = next,
                RiskId = Mapped(riskMap, a.RiskId),
                ControlId = Mapped(controlMap, a.ControlId),
                ProcessId = a.ProcessId,
                Title = a.Title,
                Description = a.Description,
                Responsible = a.Responsible,
                DueDate = a.DueDate,
                Status = a.Status,
                SortOrder = a.SortOrder,
                Version = Guid.NewGuid(),
            });
        }

        var wheelActivities = await wheel.AddNextYearCopiesAsync(unitId, year, cancellationToken);

        var assignments = await db.Assignments.AnyAsync(a => a.OrgUnitId == unitId && a.Year == next, cancellationToken)
            ? []
            : await db.Assignments.AsNoTracking().Where(a => a.OrgUnitId == unitId && a.Year == year && a.Status != AssignmentStatus.Done).ToListAsync(cancellationToken);
        var assignmentIds = assignments.Select(a => a.Id).ToList();
        var assignmentGoals = (await db.AssignmentGoals.AsNoTracking().Where(l => assignmentIds.Contains(l.AssignmentId)).ToListAsync(cancellationToken)).ToLookup(l => l.AssignmentId);
        foreach (var a in assignments)
        {
            var copy = new Assignment
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unitId,
                Year = next,
                Title = a.Title,
                Commissioner = a.Commissioner,
                Aim = a.Aim,
                Status = a.Status,
                Comment = a.Comment,
                SortOrder = a.SortOrder,
                Version = Guid.NewGuid(),
            };
            db.Assignments.Add(copy);
            foreach (var goalId in assignmentGoals[a.Id].Select(l => Mapped(goals, l.GoalId)).OfType<Guid>().Distinct())
            {
                db.AssignmentGoals.Add(new AssignmentGoal { AssignmentId = copy.Id, GoalId = goalId, OrgUnitId = unitId });
            }
        }

        return new QualityCopyResult(risks.Count, actions.Count, controls.Count, wheelActivities, assignments.Count);
    }

    private static Goal CopyGoal(Goal goal, int year, Guid? parentId) => new()
    {
        Id = Guid.NewGuid(),
        OrgUnitId = goal.OrgUnitId,
        Year = year,
        Level = goal.Level,
        ParentId = parentId,
        Perspective = goal.Perspective,
        Title = goal.Title,
        SortOrder = goal.SortOrder,
        Number = goal.Number,
        Description = goal.Description,
        ExpectedResults = goal.ExpectedResults,
        WorkingMethod = goal.WorkingMethod,
        ResourceUse = goal.ResourceUse,
        FollowUp = goal.FollowUp,
        Development = goal.Development,
        CopiedFromId = goal.Id,
        NeedsReview = true,
        Version = Guid.NewGuid(),
    };
}
