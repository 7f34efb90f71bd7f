using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Risks.Pages;

/// <summary>The risk map of a unit and the units below it: counts per likelihood and consequence, a cell's risks one click away.</summary>
public sealed class RiskMapModel(RiskService risks, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "s")]
    public int? Likelihood { get; set; }

    [BindProperty(SupportsGet = true, Name = "k")]
    public int? Consequence { get; set; }

    public RiskMap Map { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var year = Year is >= 2000 and <= 2100 ? Year : null;
        var chosen = Likelihood is >= 1 and <= 10 && Consequence is >= 1 and <= 10;
        Map = await risks.MapAsync(Id, year, chosen ? Likelihood : null, chosen ? Consequence : null, time.GetLocalNow().Year);
    }
}
