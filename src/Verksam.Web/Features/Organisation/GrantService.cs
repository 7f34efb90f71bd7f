using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Organisation;

/// <summary>An administrator's work with a user's grants on units.</summary>
public sealed class GrantService(VerksamDbContext db, IUserDirectory directory, TimeProvider time)
{
    public async Task<IReadOnlyList<GrantRow>> GrantsOfAsync(string userId, CancellationToken cancellationToken = default) =>
        await (from g in db.AccessGrants.AsNoTracking()
               join u in db.OrgUnits.AsNoTracking() on g.OrgUnitId equals u.Id
               where g.UserId == userId
               orderby u.Path
               select new GrantRow(g.Id, u.Id, u.Name, u.Kind, g.Level, g.IncludesRegister)).ToListAsync(cancellationToken);

    /// <summary>Grants <paramref name="level"/> on a unit; a second grant on the same unit replaces the first.</summary>
    public async Task GrantAsync(string userId, Guid? orgUnitId, AccessLevel? level, bool includesRegister = false, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (orgUnitId is null || !await db.OrgUnits.AnyAsync(u => u.Id == orgUnitId && !u.IsArchived, cancellationToken))
        {
            errors.Add("OrgUnitId", Texts.Grant_Unit_Required);
        }

        if (level is null || !Enum.IsDefined(level.Value))
        {
            errors.Add("Level", Texts.Grant_Level_Required);
        }
        else if (level == AccessLevel.BoardMember && includesRegister)
        {
            errors.Add("IncludesRegister", Texts.Grant_BoardMember_NoRegister);
        }

        if (!await directory.ExistsAsync(userId, cancellationToken))
        {
            throw new KeyNotFoundException();
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var existing = await db.AccessGrants.FirstOrDefaultAsync(g => g.UserId == userId && g.OrgUnitId == orgUnitId, cancellationToken);
        if (existing is null)
        {
            db.AccessGrants.Add(AccessGrant.Create(userId, orgUnitId!.Value, level!.Value, time.GetUtcNow().UtcDateTime, includesRegister));
        }
        else
        {
            existing.Change(level!.Value, includesRegister);
        }

        // Two administrators granting the same unit at once: the later one is refused rather than failing.
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public async Task RevokeAsync(string userId, Guid grantId, CancellationToken cancellationToken = default)
    {
        var grant = await db.AccessGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.UserId == userId, cancellationToken)
            ?? throw new KeyNotFoundException();
        db.AccessGrants.Remove(grant);

        // Someone left with no unit at all has no business in Verksam: their sessions end with the last grant.
        if (!await db.AccessGrants.AnyAsync(g => g.UserId == userId && g.Id != grantId, cancellationToken)
            && !await directory.IsAdministratorAsync(userId, cancellationToken))
        {
            await directory.EndSessionsOnSaveAsync(userId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OrgUnit>> GrantableUnitsAsync(CancellationToken cancellationToken = default) =>
        OrgUnitService.DepthFirstByName(await db.OrgUnits.AsNoTracking().Where(u => !u.IsArchived).ToListAsync(cancellationToken));
}

public sealed record GrantRow(Guid GrantId, Guid OrgUnitId, string UnitName, OrgUnitKind Kind, AccessLevel Level, bool IncludesRegister);
