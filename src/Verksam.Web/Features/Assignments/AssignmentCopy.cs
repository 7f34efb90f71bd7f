using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Copying;

namespace Verksam.Web.Features.Assignments;

/// <summary>Assignments' part of copying a plan to next year (ADR 6): added to the caller's unit of work, saved by it. A list next year already has is left alone.</summary>
public sealed class AssignmentCopy(VerksamDbContext db)
{
    /// <summary>The unfinished assignments, tied to next year's copies of their goals; returns how many.</summary>
    public async Task<int> AddNextYearCopiesAsync(Guid unitId, int year, IReadOnlyDictionary<Guid, Guid> goals, CancellationToken cancellationToken = default)
    {
        var next = year + 1;
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
            foreach (var goalId in assignmentGoals[a.Id].Select(l => CopyMap.Mapped(goals, l.GoalId)).OfType<Guid>().Distinct())
            {
                db.AssignmentGoals.Add(new AssignmentGoal { AssignmentId = copy.Id, GoalId = goalId, OrgUnitId = unitId });
            }
        }

        return assignments.Count;
    }
}
