namespace Verksam.Web.Shared.Security;

/// <summary>Whether the signed-in user administers Verksam, for the shared layout's menu; answered by the feature that decides access.</summary>
public interface IAdministratorCheck
{
    Task<bool> IsAdministratorAsync(CancellationToken cancellationToken = default);
}
