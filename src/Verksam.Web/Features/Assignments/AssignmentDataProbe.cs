using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Assignments;

/// <summary>A unit with assignments has data, and is archived, never deleted.</summary>
internal sealed class AssignmentDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public async Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        await db.Assignments.AnyAsync(x => x.OrgUnitId == orgUnitId, cancellationToken);
}
