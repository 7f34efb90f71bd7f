using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.AnnualWheel.Pages;

/// <summary>
/// The unit's annual wheel for a year, month by month: followed up in one form (G, A, R — R needs a comment), an
/// activity added, or the whole wheel carried to the next year.
/// </summary>
public sealed class WheelModel(WheelService wheels, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty]
    public List<WheelMarkEdit> Marks { get; set; } = [];

    [BindProperty]
    public WheelActivityEdit NewActivity { get; set; } = new();

    public AnnualWheel Wheel { get; private set; } = null!;

    private int TheYear => Year is >= 2000 and <= 2100 ? Year.Value : time.GetLocalNow().Year;

    public async Task OnGetAsync()
    {
        if (Year is not (>= 2000 and <= 2100))
        {
            Year = await wheels.OpeningYearAsync(Id, time.GetLocalNow().Year);
        }

        Wheel = await wheels.GetAsync(Id, TheYear);

        Marks = Wheel.Activities.Select(a => new WheelMarkEdit { ActivityId = a.Id, Mark = a.Mark, Comment = a.Comment, Version = a.Version }).ToList();
    }

    public Task<IActionResult> OnPostFollowUpAsync() => SaveAsync(
        async () =>
        {
            await wheels.SaveFollowUpAsync(Id, TheYear, Marks);
            Confirmation = Resources.Texts.Wheel_Saved;
            return Redirect(Link.Wheel(Id, TheYear));
        },
        refused: async () => Wheel = await wheels.GetAsync(Id, TheYear),
        prefix: string.Empty);

    public Task<IActionResult> OnPostAddAsync() => SaveAsync(
        async () =>
        {
            NewActivity.Year = TheYear;
            await wheels.SaveActivityAsync(Id, null, NewActivity, null);
            Confirmation = Resources.Texts.Wheel_Added;
            return Redirect(Link.Wheel(Id, TheYear));
        },
        refused: async () =>
        {
            Wheel = await wheels.GetAsync(Id, TheYear);
            Marks = Wheel.Activities.Select(a => new WheelMarkEdit { ActivityId = a.Id, Mark = a.Mark, Comment = a.Comment, Version = a.Version }).ToList();
        },
        prefix: nameof(NewActivity),
        versioned: false);

    public async Task<IActionResult> OnPostCopyAsync()
    {
        var copied = await wheels.CopyToNextYearAsync(Id, TheYear);
        Confirmation = Counted.Format(nameof(Resources.Texts.Wheel_Copied), copied, TheYear + 1);
        return Redirect(Link.Wheel(Id, TheYear + 1));
    }

    /// <summary>The index of an activity in the posted marks, so each field's name and error key match.</summary>
    public int IndexOf(Guid activityId)
    {
        var index = Marks.FindIndex(m => m.ActivityId == activityId);
        if (index < 0)
        {
            var activity = Wheel.Activities.First(a => a.Id == activityId);
            Marks.Add(new WheelMarkEdit { ActivityId = activityId, Mark = activity.Mark, Comment = activity.Comment, Version = activity.Version });
            index = Marks.Count - 1;
        }

        return index;
    }
}
