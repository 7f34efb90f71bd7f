using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Goals.Pages;

public sealed class ActivityModel(ActivityService goals, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ActivityEdit Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public Guid GoalId { get; private set; }

    public string GoalTitle { get; private set; } = string.Empty;

    public bool IsLate { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync()
    {
        var (activity, goal, canEdit) = await goals.GetActivityAsync(Id);
        if (!canEdit)
        {
            return Forbid();
        }

        Show(activity, goal);
        Version = activity.Version;
        Input = new ActivityEdit
        {
            Title = activity.Title,
            StartDate = activity.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndDate = activity.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Responsible = activity.Responsible,
            Status = activity.Status,
            Deviation = activity.Deviation,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (activity, goal, _) = await goals.GetActivityAsync(Id);
        Show(activity, goal);
        return await SaveAsync(
            async () =>
            {
                await goals.SaveActivityAsync(goal.Id, Id, Input, Today, Version);
                Confirmation = Resources.Texts.Activity_Saved;
                return Redirect(Link.Goal(goal.Id));
            },
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                Version = activity.Version;
                return Task.CompletedTask;
            });
    }

    private void Show(Activity activity, Goal goal)
    {
        GoalId = goal.Id;
        GoalTitle = goal.Title;
        IsLate = activity.IsLate(Today);
    }
}
