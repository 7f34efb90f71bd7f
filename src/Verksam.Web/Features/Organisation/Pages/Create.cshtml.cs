using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class CreateModel(OrgUnitService units, AccessService access) : VerksamPageModel
{
    [BindProperty(SupportsGet = true, Name = "overordnad")]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public CreateUnitInput Input { get; set; } = new();

    public OrgUnit? Parent { get; private set; }

    public IReadOnlyList<OrgUnitKind> AllowedKinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        return await SaveAsync(
            async () =>
            {
                var unit = await units.CreateAsync(ParentId, Input.Name, Parent is null ? OrgUnitKind.Municipality : Input.Kind);
                Confirmation = string.Format(System.Globalization.CultureInfo.CurrentCulture, Texts.OrgUnit_Created, unit.Name);
                return Redirect(Link.Unit(unit.Id));
            },
            versioned: false);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (ParentId is { } parentId)
        {
            var check = await access.CheckAsync(parentId, AccessLevel.Read);
            if (!check.IsAllowed)
            {
                return NotFound();
            }

            Parent = check.Unit;
        }

        if (!(await access.GetAsync()).IsAdministrator)
        {
            return Forbid();
        }

        AllowedKinds = Enum.GetValues<OrgUnitKind>().Where(k => OrgUnit.MayStandUnder(k, Parent)).ToList();
        return null;
    }
}

public sealed class CreateUnitInput
{
    public string? Name { get; set; }

    public OrgUnitKind? Kind { get; set; }
}
