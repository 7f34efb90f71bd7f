using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Accounts;

/// <summary>An administrator's work with accounts and their grants.</summary>
public sealed class UserAdminService(VerksamDbContext db, UserManager<VerksamUser> users, TimeProvider time)
{
    public async Task<IReadOnlyList<VerksamUser>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);

    public async Task<VerksamUser?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<IReadOnlyList<GrantRow>> GrantsOfAsync(string userId, CancellationToken cancellationToken = default) =>
        await (from g in db.AccessGrants.AsNoTracking()
               join u in db.OrgUnits.AsNoTracking() on g.OrgUnitId equals u.Id
               where g.UserId == userId
               orderby u.Path
               select new GrantRow(g.Id, u.Id, u.Name, u.Kind, g.Level, g.IncludesRegister)).ToListAsync(cancellationToken);

    /// <summary>Creates an account; every rule is checked first, so a refused account leaves nothing behind.</summary>
    public async Task<VerksamUser> CreateAsync(string? userName, string? displayName, string? password, bool isAdministrator, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        userName = userName?.Trim() ?? string.Empty;
        displayName = displayName?.Trim() ?? string.Empty;
        if (userName.Length == 0)
        {
            errors.Add("UserName", Texts.User_UserName_Required);
        }
        else if (userName.Length > VerksamUser.UserNameMaxLength)
        {
            errors.Add("UserName", Texts.User_UserName_TooLong);
        }

        if (displayName.Length == 0)
        {
            errors.Add("DisplayName", Texts.User_DisplayName_Required);
        }
        else if (displayName.Length > VerksamUser.DisplayNameMaxLength)
        {
            errors.Add("DisplayName", Texts.User_DisplayName_TooLong);
        }

        var user = new VerksamUser { UserName = userName, DisplayName = displayName, IsAdministrator = isAdministrator, LockoutEnabled = true };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password ?? string.Empty);
            errors.AddRange(result.Errors.Select(e => new FieldError("Password", e.Description)));
        }

        if (errors.IsValid && await users.FindByNameAsync(userName) is not null)
        {
            errors.Add("UserName", Texts.User_UserName_Taken);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            var failures = new ValidationErrors();
            failures.AddRange(created.Errors.Select(e => new FieldError("UserName", e.Description)));
            throw new ValidationException(failures);
        }

        return user;
    }

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

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
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
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OrgUnit>> GrantableUnitsAsync(CancellationToken cancellationToken = default) =>
        OrgUnitService.DepthFirstByName(await db.OrgUnits.AsNoTracking().Where(u => !u.IsArchived).ToListAsync(cancellationToken));
}

public sealed record GrantRow(Guid GrantId, Guid OrgUnitId, string UnitName, OrgUnitKind Kind, AccessLevel Level, bool IncludesRegister);
