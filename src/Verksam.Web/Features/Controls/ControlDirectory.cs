using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Risks;

namespace Verksam.Web.Features.Controls;

/// <summary>Answers Risks' questions about egenkontroller from the controls' table, which Controls owns.</summary>
public sealed class ControlDirectory(VerksamDbContext db) : IControlDirectory
{
    public Task<int?> YearOfAsync(Guid unitId, Guid controlId, CancellationToken cancellationToken = default) =>
        db.SelfMonitorings.Where(c => c.Id == controlId && c.OrgUnitId == unitId).Select(c => (int?)c.Year).FirstOrDefaultAsync(cancellationToken);

    public Task<int?> LastSortOrderAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        db.SelfMonitorings.Where(c => c.OrgUnitId == unitId && c.Year == year).MaxAsync(c => (int?)c.SortOrder, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, Guid>> RisksWatchedAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        await db.SelfMonitorings.Where(c => c.OrgUnitId == unitId && c.Year == year && c.RiskId != null)
            .ToDictionaryAsync(c => c.Id, c => c.RiskId!.Value, cancellationToken);

    public async Task<IReadOnlyList<WatchingControl>> WatchingAsync(Guid unitId, Guid riskId, CancellationToken cancellationToken = default) =>
        (await db.SelfMonitorings.AsNoTracking().Where(c => c.OrgUnitId == unitId && c.RiskId == riskId).OrderBy(c => c.SortOrder)
            .Select(c => new
            {
                c.Id,
                c.Title,
                Last = db.SelfMonitoringResults.Where(r => r.ControlId == c.Id).OrderByDescending(r => r.PerformedOn).Select(r => new { r.PerformedOn, r.Passed }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken))
        .Select(c => new WatchingControl(c.Id, c.Title, c.Last?.PerformedOn, c.Last?.Passed)).ToList();
}
