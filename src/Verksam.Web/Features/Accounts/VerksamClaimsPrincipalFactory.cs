using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Accounts;

/// <summary>Puts the display name in the cookie so pages and the audit log can name the user without a query.</summary>
public sealed class VerksamClaimsPrincipalFactory(UserManager<VerksamUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<VerksamUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(VerksamUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
