using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Accounts.Pages.Admin;

[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class CreateUserModel(UserAdminService service) : VerksamPageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        async () =>
        {
            var user = await service.CreateAsync(Input.UserName, Input.DisplayName, Input.Password, Input.IsAdministrator);
            Confirmation = string.Format(CultureInfo.CurrentCulture, Texts.Users_Created, user.DisplayName);
            return Redirect(Link.User(user.Id));
        },
        refused: () =>
        {
            Input.Password = null;
            return Task.CompletedTask;
        },
        versioned: false);
}

public sealed class CreateUserInput
{
    public string? DisplayName { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool IsAdministrator { get; set; }
}
