using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class RenameModel(OrgUnitService units, AccessService access) : UnitPageModel(access)
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public RenameInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        Input.Name = Unit.Name;
        Version = Unit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        try
        {
            return await SaveAsync(
                async () =>
                {
                    await units.RenameAsync(Id, Input.Name, Version);
                    Confirmation = Texts.OrgUnit_Renamed;
                    return Redirect(Link.Unit(Id));
                },
                versioned: false);
        }
        catch (StaleVersionException)
        {
            // Unlike other forms the message goes on the field: keep what the user typed there; show what is saved
            // now; the next save is based on it.
            ModelState.AddModelError("Input.Name", string.Format(CultureInfo.CurrentCulture, Texts.OrgUnit_Rename_Stale, Unit.Name));
            ModelState.Remove(nameof(Version));
            Version = Unit.Version;
        }

        return Page();
    }
}

public sealed class RenameInput
{
    public string? Name { get; set; }
}
