using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Register.Pages;

/// <summary>The register's counts over time per kind, tertial and unit below: for anyone who reads the unit, never a matter's content.</summary>
public sealed class StatisticsModel(RegisterStatisticsService statistics, AccessService access) : VerksamPageModel
{
    /// <summary>Whether the user reads the unit's other pages; a board member sees the counts only.</summary>
    public bool ReadsUnit { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public RegisterStatistics View { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        View = await statistics.GetAsync(Id, Year is >= 2001 and <= 2100 ? Year : null);
        ReadsUnit = (await access.GetAsync(HttpContext.RequestAborted)).Allows(View.Unit.Path, AccessLevel.Read);
    }
}
