using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Copying;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Goals;

/// <summary>Goals' part of copying a plan to next year (ADR 6): added to the caller's unit of work, saved by it.</summary>
public sealed class GoalCopy(VerksamDbContext db)
{
    public Task<bool> HasYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        db.Goals.AnyAsync(g => g.OrgUnitId == unitId && g.Year == year, cancellationToken);

    /// <summary>
    /// Adds next year's copy of the unit's goals with their texts, their links to the indicators' copies
    /// (<paramref name="indicatorMap"/>) and their activities a year later, all marked to be looked over. Goals above
    /// that next year already has are kept – by the copy they came from, else by owner, level, the goal above and title
    /// or number (<see cref="GoalMatch"/>); those next year lacks are copied as they are, so the cascade holds, and
    /// marked for their owners.
    /// </summary>
    public async Task<GoalCopyResult> AddNextYearCopiesAsync(OrgUnit unit, int year, IReadOnlyDictionary<Guid, Guid> indicatorMap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(indicatorMap);
        var unitId = unit.Id;
        var next = year + 1;
        var owners = unit.AncestorIds().ToList();
        var own = await db.Goals.AsNoTracking().Where(g => g.OrgUnitId == unitId && g.Year == year).ToListAsync(cancellationToken);
        var above = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == year).ToDictionaryAsync(g => g.Id, cancellationToken);

        // Next year's goals above, whoever made them: another unit's copy or their owner. One query for the whole chain.
        var aboveNext = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == next).ToListAsync(cancellationToken);
        var ownIds = own.Select(g => g.Id).ToList();
        var links = await db.GoalIndicators.AsNoTracking().Where(l => ownIds.Contains(l.GoalId)).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => ownIds.Contains(a.GoalId)).ToListAsync(cancellationToken);

        var map = aboveNext.Where(g => g.CopiedFromId != null).GroupBy(g => g.CopiedFromId!.Value).ToDictionary(g => g.Key, g => g.First().Id);
        var taken = map.Values.ToHashSet();
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

            // The goal above is next year's goal of the same owner and level under the same goal above, found by its
            // title or number (GoalMatch), whoever made it; only when next year lacks it is it copied unchanged, for its
            // owner to review. So the council's goals are never made twice.
            var grandParent = MapParent(parent.ParentId);
            var candidates = aboveNext.Where(g => g.OrgUnitId == parent.OrgUnitId && g.Level == parent.Level && g.ParentId == grandParent && !taken.Contains(g.Id))
                .OrderBy(g => g.SortOrder).Select(g => new GoalKey(g.Id, g.Number, g.Title));
            if (GoalMatch.Find(new GoalKey(parent.Id, parent.Number, parent.Title), candidates) is { } existing)
            {
                map[p] = existing.Id;
                taken.Add(existing.Id);
                return existing.Id;
            }

            var copy = CopyGoal(parent, next, grandParent);
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

        return new GoalCopyResult(map, own.Count, copiedAbove, activities.Count);
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
        ReportNote = goal.ReportNote,
        CopiedFromId = goal.Id,
        NeedsReview = true,
        Version = Guid.NewGuid(),
    };
}

/// <summary>Old goal id → its copy's id, and how many of each kind were copied.</summary>
public sealed record GoalCopyResult(IReadOnlyDictionary<Guid, Guid> Map, int Goals, int GoalsAbove, int Activities);
