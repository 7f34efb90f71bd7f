using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Accounts;

/// <summary>An administrator's work with accounts and their grants.</summary>
public sealed class UserAdminService(VerksamDbContext db, UserManager<VerksamUser> users)
{
    public async Task<IReadOnlyList<VerksamUser>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);

    public async Task<VerksamUser?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

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
    /// <summary>Disables or enables an account. Disabling ends every session of it on its next request.</summary>
    public async Task SetDisabledAsync(string id, bool disabled, string? actingUserId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException();
        if (disabled && user.Id == actingUserId)
        {
            throw ValidationException.For("Disable", Texts.User_Disable_Self);
        }

        if (user.IsDisabled == disabled)
        {
            return;
        }

        user.IsDisabled = disabled;
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>An administrator sets a new password for someone who has forgotten theirs; every session of the account ends.</summary>
    public async Task SetPasswordAsync(string id, string? password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException();
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("NewPassword", Texts.ChangePassword_New_Required);
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, password);
                errors.AddRange(result.Errors.Select(e => new FieldError("NewPassword", e.Description)));
            }
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password!);
        db.AddAuditNote(Shared.Auditing.AuditAction.Updated, nameof(VerksamUser), user.Id, null, new Dictionary<string, Data.AuditChange>
        {
            ["Password"] = new(null, Texts.User_Password_SetByAdministrator),
        });
        await users.UpdateSecurityStampAsync(user);
    }
}
