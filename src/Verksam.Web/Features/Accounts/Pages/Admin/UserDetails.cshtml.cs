using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Accounts.Pages.Admin;

[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class UserDetailsModel(UserAdminService service, GrantService grants, CurrentUser currentUser) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public GrantInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public VerksamUser TheUser { get; private set; } = null!;

    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return await SaveAsync(
            async () =>
            {
                await grants.GrantAsync(Id, Input.OrgUnitId, Input.Level, Input.IncludesRegister);
                Confirmation = Texts.Grant_Saved;
                return Redirect(Link.User(Id));
            },
            onStale: async () => Grants = await grants.GrantsOfAsync(Id));
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid grantId)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        try
        {
            await grants.RevokeAsync(Id, grantId);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }

        Confirmation = Texts.Grant_Revoked;
        return Redirect(Link.User(Id));
    }

    public async Task<IActionResult> OnPostDisableAsync() => await SetDisabledAsync(true);

    public async Task<IActionResult> OnPostEnableAsync() => await SetDisabledAsync(false);

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return await SaveAsync(async () =>
        {
            await service.SetPasswordAsync(Id, NewPassword);
            Confirmation = Texts.User_Password_Set;
            return Redirect(Link.User(Id));
        }, prefix: string.Empty, versioned: false);
    }

    private async Task<IActionResult> SetDisabledAsync(bool disabled)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return await SaveAsync(async () =>
        {
            await service.SetDisabledAsync(Id, disabled, currentUser.UserId);
            Confirmation = disabled ? Texts.User_Disabled_Done : Texts.User_Enabled_Done;
            return Redirect(Link.User(Id));
        }, prefix: string.Empty, versioned: false);
    }

    private async Task<bool> LoadAsync()
    {
        var user = await service.FindAsync(Id);
        if (user is null)
        {
            return false;
        }

        TheUser = user;
        Grants = await grants.GrantsOfAsync(Id);
        Units = await grants.GrantableUnitsAsync();
        return true;
    }
}

public sealed class GrantInput
{
    public Guid? OrgUnitId { get; set; }

    public AccessLevel? Level { get; set; }

    public bool IncludesRegister { get; set; }
}
