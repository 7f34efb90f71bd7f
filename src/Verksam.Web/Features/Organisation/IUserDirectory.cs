namespace Verksam.Web.Features.Organisation;

/// <summary>
/// What access needs to know of accounts, answered by the Accounts feature: grants and access are decided here,
/// accounts are kept there, and Accounts depends on Organisation, not the other way round.
/// </summary>
public interface IUserDirectory
{
    Task<bool> ExistsAsync(string userId, CancellationToken cancellationToken = default);

    Task<bool> IsAdministratorAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Gives the account a new security stamp in the caller's next save, which ends every session of it.</summary>
    Task EndSessionsOnSaveAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The display names of some accounts, by id; an id with no account is left out.</summary>
    Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);
}
