using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Accounts.Pages;

/// <summary>Logging out is a POST with the antiforgery token; the GET only shows that it is done.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<VerksamUser> signIn) : VerksamPageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect(Link.Organisation()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
