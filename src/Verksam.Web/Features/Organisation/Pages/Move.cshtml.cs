using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class MoveModel(OrgUnitService units, AccessService access) : UnitPageModel(access)
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public IReadOnlyList<OrgUnit> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        Version = Unit.Version;
        Input.NewParentId = Unit.ParentId;
        Targets = await units.GetMoveTargetsAsync(Unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        return await SaveAsync(
            async () =>
            {
                await units.MoveAsync(Id, Input.NewParentId, Version);
                Confirmation = Texts.OrgUnit_Moved;
                return Redirect(Link.Unit(Id));
            },
            refused: async () => Targets = await units.GetMoveTargetsAsync(Unit),
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                Version = Unit.Version;
                return Task.CompletedTask;
            });
    }
}

public sealed class MoveInput
{
    public Guid? NewParentId { get; set; }
}
