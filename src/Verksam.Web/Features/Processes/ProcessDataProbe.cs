using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Processes;

/// <summary>A unit with processes has data, and is archived, never deleted.</summary>
internal sealed class ProcessDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public async Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        await db.QualityProcesses.AnyAsync(x => x.OrgUnitId == orgUnitId, cancellationToken);
}
