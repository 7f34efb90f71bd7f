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
}
