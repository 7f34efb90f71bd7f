using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Organisation.Pages;

/// <summary>A page about one unit: the unit is loaded only after the access check, and a unit the user may not read is 404.</summary>
public abstract class UnitPageModel(AccessService access) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public OrgUnit Unit { get; private set; } = null!;

    protected AccessService Access { get; } = access;

    /// <summary>Null when allowed; otherwise the result to return (404 when the user may not read the unit, 403 when only the level is missing).</summary>
    protected async Task<IActionResult?> AuthorizeUnitAsync(AccessLevel needed, bool administrator = false)
    {
        var check = await Access.CheckAsync(Id, needed);
        if (check.Outcome == UnitAccessOutcome.NotFound)
        {
            return NotFound();
        }

        if (check.Outcome == UnitAccessOutcome.Forbidden)
        {
            return Forbid();
        }

        if (administrator && !(await Access.GetAsync()).IsAdministrator)
        {
            await Access.RecordDenialAsync(Id, needed);
            return Forbid();
        }

        Unit = check.Unit!;
        return null;
    }
}
