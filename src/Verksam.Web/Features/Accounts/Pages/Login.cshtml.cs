using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Accounts.Pages;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<VerksamUser> signIn) : VerksamPageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", Texts.Login_UserName_Required);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", Texts.Login_Password_Required);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Link.Organisation());
        }

        // The same words whether the name or the password was wrong, so that names cannot be guessed.
        ModelState.AddModelError("Input.UserName", result.IsLockedOut ? Texts.Login_LockedOut : Texts.Login_Failed);
        Input.Password = null;
        return Page();
    }
}

public sealed class LoginInput
{
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
