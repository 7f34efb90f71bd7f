using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class DetailsModel(OrgUnitService units) : VerksamPageModel
{
    public OrgUnitDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var details = await units.GetDetailsAsync(id);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        return Page();
    }
}
