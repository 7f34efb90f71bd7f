using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Accounts;

/// <summary>Answers Organisation's questions about accounts from the users' table, which Accounts owns.</summary>
public sealed class UserDirectory(VerksamDbContext db) : IUserDirectory
{
    public Task<bool> ExistsAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Users.AnyAsync(u => u.Id == userId, cancellationToken);

    public Task<bool> IsAdministratorAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.IsAdministrator).FirstOrDefaultAsync(cancellationToken);

    public async Task EndSessionsOnSaveAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is not null)
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName, cancellationToken);

    /// <summary>Name, mail address and whether the account is disabled, for the accounts a notification goes to.</summary>
    public async Task<IReadOnlyDictionary<string, UserContact>> ContactsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new UserContact(string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName, string.IsNullOrWhiteSpace(u.Email) ? null : u.Email, u.IsDisabled), cancellationToken);
}

/// <summary>What a notification's mail needs of an account.</summary>
public sealed record UserContact(string Name, string? Email, bool IsDisabled);
