using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;

namespace Verksam.Web.Features.Organisation.Pages;

/// <summary>An administrator sets the first month a unit owes follow-up reports for (by default the month it was created).</summary>
public sealed class ReportsFromModel(OrgUnitService units, AccessService access) : UnitPageModel(access)
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public ReportsFromInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        Input.ReportsFrom = Unit.ReportsFrom?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Version = Unit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        return await SaveAsync(async () =>
        {
            var from = await units.SetReportsFromAsync(Id, Input.ReportsFrom, Version);
            Confirmation = string.Format(CultureInfo.CurrentCulture, Texts.OrgUnit_ReportsFrom_Saved, OrgUnitService.MonthName(from));
            return Redirect(Link.Unit(Id));
        });
    }
}

public sealed class ReportsFromInput
{
    public string? ReportsFrom { get; set; }
}
