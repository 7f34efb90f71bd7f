using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Copying;

namespace Verksam.Web.Features.Controls;

/// <summary>Egenkontroller's part of copying a plan to next year (ADR 6): added to the caller's unit of work, saved by it. A list next year already has is left alone.</summary>
public sealed class ControlCopy(VerksamDbContext db)
{
    /// <summary>The controls, each tied to next year's copy of the risk it watches; returns old id → copy id.</summary>
    public async Task<Dictionary<Guid, Guid>> AddNextYearCopiesAsync(Guid unitId, int year, IReadOnlyDictionary<Guid, Guid> riskMap, CancellationToken cancellationToken = default)
    {
        var next = year + 1;
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
                RiskId = CopyMap.Mapped(riskMap, c.RiskId),
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

        return controlMap;
    }
}
