using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class IndexModel(OrgUnitService units, AccessService access) : VerksamPageModel
{
    public OrgTree Tree { get; private set; } = null!;

    public bool IsAdministrator { get; private set; }

    /// <summary>A board member reads no unit's own pages: the empty tree sends them to the start page instead.</summary>
    public bool IsBoardMember { get; private set; }

    [BindProperty(SupportsGet = true, Name = "arkiverade")]
    public bool IncludeArchived { get; set; }

    public async Task OnGetAsync()
    {
        var granted = await access.GetAsync();
        IsAdministrator = granted.IsAdministrator;
        IsBoardMember = granted.IsBoardMember;
        Tree = await units.GetTreeAsync(IncludeArchived && IsAdministrator);
    }
}
