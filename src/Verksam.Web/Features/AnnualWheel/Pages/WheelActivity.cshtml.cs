using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.AnnualWheel.Pages;

/// <summary>Changes an activity of the annual wheel: what, when and who.</summary>
public sealed class WheelActivityModel(WheelService wheels) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid ActivityId { get; set; }

    [BindProperty]
    public WheelActivityEdit Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public int Year { get; private set; }

    public async Task OnGetAsync()
    {
        var (_, activity) = await wheels.GetActivityAsync(Id, ActivityId);
        Year = activity.Year;
        Version = activity.Version;
        Input = new WheelActivityEdit { Title = activity.Title, Timing = activity.Timing, Month = activity.Month, Responsible = activity.Responsible };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (_, activity) = await wheels.GetActivityAsync(Id, ActivityId);
        Year = activity.Year;
        return await SaveAsync(
            async () =>
            {
                await wheels.SaveActivityAsync(Id, ActivityId, Input, Version);
                Confirmation = Resources.Texts.Wheel_ActivitySaved;
                return Redirect(Link.Wheel(Id, Year));
            },
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                Version = activity.Version;
                return Task.CompletedTask;
            });
    }
}
