namespace Verksam.Web.Features.Organisation;

/// <summary>
/// What access needs to know of accounts, answered by the Accounts feature: grants and access are decided here,
/// accounts are kept there, and Accounts depends on Organisation, not the other way round.
/// </summary>
public interface IUserDirectory
{
    Task<bool> ExistsAsync(string userId, CancellationToken cancellationToken = default);

    Task<bool> IsAdministratorAsync(string userId, CancellationToken cancellationToken = default);
}
