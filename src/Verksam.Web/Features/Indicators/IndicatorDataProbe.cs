using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Indicators;

/// <summary>A unit with indicators has data and is archived, never deleted.</summary>
internal sealed class IndicatorDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        db.Indicators.AnyAsync(i => i.OrgUnitId == orgUnitId, cancellationToken);
}
