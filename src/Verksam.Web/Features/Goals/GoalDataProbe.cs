using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Goals;

/// <summary>A unit with goals has data and is archived, never deleted.</summary>
internal sealed class GoalDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public async Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        await db.Goals.AnyAsync(g => g.OrgUnitId == orgUnitId, cancellationToken);
}
