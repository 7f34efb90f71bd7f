using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Controls.Pages;

/// <summary>The unit's egenkontroller for a year by process, or only the year's internal-control plan.</summary>
public sealed class ControlsModel(ControlService controls, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "internkontroll")]
    public bool OnlyInternalControl { get; set; }

    public ControlList List { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        List = await controls.ListAsync(Id, Year is >= 2000 and <= 2100 ? Year.Value : await controls.OpeningYearAsync(Id, time.GetLocalNow().Year));
        if (Year is null && List.Controls.Count == 0 && List.Years.Count > 0)
        {
            List = await controls.ListAsync(Id, List.Years[0]);
        }
    }
}
