using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Controls;

/// <summary>A unit with egenkontroller has data, and is archived, never deleted.</summary>
internal sealed class ControlDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public async Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        await db.SelfMonitorings.AnyAsync(x => x.OrgUnitId == orgUnitId, cancellationToken);
}
