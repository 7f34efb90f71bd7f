using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class ArchiveModel(OrgUnitService units, AccessService access) : UnitPageModel(access)
{
    [BindProperty]
    public Guid Version { get; set; }

    public bool HasData { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        Version = Unit.Version;
        HasData = await units.HasDataAsync(Id);
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync() => ChangeAsync(() => units.ArchiveAsync(Id, Version), Texts.OrgUnit_Archived_Done, Link.Unit(Id));

    public Task<IActionResult> OnPostRestoreAsync() => ChangeAsync(() => units.RestoreAsync(Id, Version), Texts.OrgUnit_Restored_Done, Link.Unit(Id));

    public Task<IActionResult> OnPostDeleteAsync() => ChangeAsync(() => units.DeleteAsync(Id, Version), Texts.OrgUnit_Deleted_Done, Link.Organisation());

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string confirmation, string next)
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        return await SaveAsync(
            async () =>
            {
                await change();
                Confirmation = string.Format(CultureInfo.CurrentCulture, confirmation, Unit.Name);
                return Redirect(next);
            },
            refused: async () =>
            {
                ModelState.Remove(nameof(Version));
                Version = Unit.Version;
                HasData = await units.HasDataAsync(Id);
            });
    }
}
