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
}
