using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Risks.Pages;

/// <summary>A unit's risk register for a year: the matrix with the count in each cell, and every risk with its score and actions.</summary>
public sealed class RisksModel(RiskService risks, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public RiskRegister Register { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Register = await risks.RegisterAsync(Id, Year is >= 2000 and <= 2100 ? Year.Value : await risks.OpeningYearAsync(Id, time.GetLocalNow().Year));
        if (Year is null && Register.Risks.Count == 0 && Register.Years.Count > 0)
        {
            // Opened without a year: show the latest year the unit has risks for rather than an empty one.
            Register = await risks.RegisterAsync(Id, Register.Years[0]);
        }
    }
}
