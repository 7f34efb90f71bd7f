using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Copying;

namespace Verksam.Web.Features.Risks;

/// <summary>Risks' part of copying a plan to next year (ADR 6): added to the caller's unit of work, saved by it. A list next year already has is left alone.</summary>
public sealed class RiskCopy(VerksamDbContext db)
{
    /// <summary>The risks with their scores and the goals they threaten (next year's copies), without this year's follow-up marks; returns old id → copy id.</summary>
    public async Task<Dictionary<Guid, Guid>> AddNextYearRisksAsync(Guid unitId, int year, IReadOnlyDictionary<Guid, Guid> goals, CancellationToken cancellationToken = default)
    {
        var next = year + 1;
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
                GoalId = CopyMap.Mapped(goals, r.GoalId),
                ProcessId = r.ProcessId,
                Likelihood = r.Likelihood,
                Consequence = r.Consequence,
                InFollowUp = r.InFollowUp,
                SortOrder = r.SortOrder,
                Version = Guid.NewGuid(),
            });
        }

        return riskMap;
    }

    /// <summary>The unfinished actions, keeping their due dates, tied to next year's copies of their risk and control; returns how many.</summary>
    public async Task<int> AddNextYearActionsAsync(Guid unitId, int year, IReadOnlyDictionary<Guid, Guid> riskMap, IReadOnlyDictionary<Guid, Guid> controlMap, CancellationToken cancellationToken = default)
    {
        var next = year + 1;
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
                RiskId = CopyMap.Mapped(riskMap, a.RiskId),
                ControlId = CopyMap.Mapped(controlMap, a.ControlId),
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

        return actions.Count;
    }
}
