using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;

namespace Verksam.Web.Features.Organisation;

/// <summary>
/// Who holds a grant on a unit, for telling them of it (Aviseringar): read with the same rules <see cref="UserAccess"/>
/// applies to the signed-in user, so that a notification goes exactly to those who may act on it and never to others.
/// Administrators are not counted: they see every unit, but are told only of the units they are granted.
/// </summary>
public sealed class GrantHolders(VerksamDbContext db)
{
    /// <summary>Those who approve the unit's reports: <see cref="AccessLevel.Approve"/> on it or a unit above.</summary>
    public Task<IReadOnlyList<string>> ApproversAsync(OrgUnit unit, CancellationToken cancellationToken = default) =>
        HoldersAsync(unit, access => access.Grants.Any(g => g.Level == AccessLevel.Approve), cancellationToken);

    /// <summary>Those who write the unit's own work (<see cref="UserAccess.Writes"/>): its reports, risks, wheel.</summary>
    public Task<IReadOnlyList<string>> WritersAsync(OrgUnit unit, CancellationToken cancellationToken = default) =>
        HoldersAsync(unit, access => access.Writes(unit.Path), cancellationToken);

    /// <summary>Every user with a grant on a unit that is not archived: those the daily reminders are worked out for.</summary>
    public async Task<IReadOnlyList<string>> GranteesAsync(CancellationToken cancellationToken = default) =>
        await (from g in db.AccessGrants.AsNoTracking()
               join u in db.OrgUnits.AsNoTracking() on g.OrgUnitId equals u.Id
               where !u.IsArchived && g.Level >= AccessLevel.Read
               select g.UserId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<string>> HoldersAsync(OrgUnit unit, Func<UserAccess, bool> holds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var chain = unit.AncestorIds().Append(unit.Id).ToList();
        var grants = await (from g in db.AccessGrants.AsNoTracking()
                            join u in db.OrgUnits.AsNoTracking() on g.OrgUnitId equals u.Id
                            where chain.Contains(u.Id) && !u.IsArchived
                            select new { g.UserId, Grant = new GrantedPath(u.Id, u.Path, g.Level, g.IncludesRegister) }).ToListAsync(cancellationToken);
        return [.. grants.GroupBy(g => g.UserId).Where(g => holds(new UserAccess(false, [.. g.Select(x => x.Grant)]))).Select(g => g.Key).Order(StringComparer.Ordinal)];
    }
}
