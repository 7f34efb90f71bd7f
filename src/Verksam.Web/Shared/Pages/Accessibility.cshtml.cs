using Microsoft.AspNetCore.Authorization;

namespace Verksam.Web.Shared.Pages;

/// <summary>Tillgänglighetsredogörelse, as the DOS law requires; readable without logging in.</summary>
[AllowAnonymous]
public sealed class AccessibilityModel : VerksamPageModel
{
    public void OnGet()
    {
    }
}
