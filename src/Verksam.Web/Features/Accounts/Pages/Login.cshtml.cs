using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Accounts.Pages;

[AllowAnonymous]
public sealed class LoginModel(LoginService logins) : VerksamPageModel
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

        var result = await logins.LogInAsync(Input.UserName!.Trim(), Input.Password!, LoginRateLimits.ClientAddressOf(HttpContext), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Link.Home());
        }

        // The same words whether the name or the password was wrong, or the account is disabled, so that names cannot be guessed.
        if (result.RetryAfter is { } wait)
        {
            ModelState.AddModelError("Input.UserName", LoginService.WaitMessage(wait));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            ModelState.AddModelError("Input.UserName", Texts.Login_Failed);
        }

        Input.Password = null;
        return Page();
    }
}

public sealed class LoginInput
{
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
