using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Accounts.Pages;

/// <summary>Logging out is a POST with the antiforgery token; the GET only shows that it is done. It ends every session of the account.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<VerksamUser> signIn, UserManager<VerksamUser> users) : VerksamPageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect(Link.Home()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends this session everywhere, so a copy of the cookie is worth nothing from now on.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
