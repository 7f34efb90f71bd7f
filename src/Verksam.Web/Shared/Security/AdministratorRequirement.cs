using Microsoft.AspNetCore.Authorization;

namespace Verksam.Web.Shared.Security;

public sealed class AdministratorRequirement : IAuthorizationRequirement
{
    public const string PolicyName = "Administrator";
}

/// <summary>Asks the database, not the cookie, so a withdrawn administrator right takes effect at once.</summary>
public sealed class AdministratorHandler(IAdministratorCheck administrator) : AuthorizationHandler<AdministratorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministratorRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await administrator.IsAdministratorAsync())
        {
            context.Succeed(requirement);
        }
    }
}
