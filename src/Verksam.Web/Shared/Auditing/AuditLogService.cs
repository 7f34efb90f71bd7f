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
}
