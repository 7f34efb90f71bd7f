using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;

namespace Verksam.Web.Shared.Auditing;

/// <summary>Reads the audit log; the caller has checked that the user may read it.</summary>
public sealed class AuditLogService(VerksamDbContext db)
{
    public async Task<IReadOnlyList<AuditEvent>> ForUnitAsync(Guid orgUnitId, DateTime? before, int take, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEvents.AsNoTracking().Where(e => e.OrgUnitId == orgUnitId);
        if (before is { } b)
        {
            query = query.Where(e => e.OccurredAt < b);
        }

        return await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>One entity's history in a unit, oldest first (a report's steps from draft to approval).</summary>
    public async Task<IReadOnlyList<AuditEvent>> ForEntityAsync(Guid orgUnitId, string entityType, string entityId, CancellationToken cancellationToken = default) =>
        await db.AuditEvents.AsNoTracking()
            .Where(e => e.OrgUnitId == orgUnitId && e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);

    /// <summary>The latest changes to some entities of one type, newest first (an indicator's outcomes).</summary>
    public async Task<IReadOnlyList<AuditEvent>> ForEntitiesAsync(string entityType, IReadOnlyCollection<string> entityIds, int take, CancellationToken cancellationToken = default) =>
        await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == entityType && entityIds.Contains(e.EntityId))
            .OrderByDescending(e => e.OccurredAt).Take(take).ToListAsync(cancellationToken);
}
