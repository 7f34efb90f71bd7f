using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;

namespace Verksam.Web.Shared.Pages;

/// <summary>The start page is the organisation: where every piece of work begins.</summary>
public sealed class IndexModel : VerksamPageModel
{
    public IActionResult OnGet() => Redirect(Link.Organisation());
}
