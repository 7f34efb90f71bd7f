using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Accounts.Pages;

public sealed class ChangePasswordModel(UserManager<VerksamUser> users, SignInManager<VerksamUser> signIn) : VerksamPageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.CurrentPassword))
        {
            ModelState.AddModelError("Input.CurrentPassword", Texts.ChangePassword_Current_Required);
        }

        if (string.IsNullOrEmpty(Input.NewPassword))
        {
            ModelState.AddModelError("Input.NewPassword", Texts.ChangePassword_New_Required);
        }
        else if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", Texts.ChangePassword_Confirm_Mismatch);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Confirmation = Texts.ChangePassword_Done;
        return RedirectToPage();
    }
}

public sealed class ChangePasswordInput
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}
