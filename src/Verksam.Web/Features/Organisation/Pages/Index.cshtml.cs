using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class IndexModel(OrgUnitService units, AccessService access) : VerksamPageModel
{
    public OrgTree Tree { get; private set; } = null!;

    public bool IsAdministrator { get; private set; }

    [BindProperty(SupportsGet = true, Name = "arkiverade")]
    public bool IncludeArchived { get; set; }

    public async Task OnGetAsync()
    {
        IsAdministrator = (await access.GetAsync()).IsAdministrator;
        Tree = await units.GetTreeAsync(IncludeArchived && IsAdministrator);
    }
}
