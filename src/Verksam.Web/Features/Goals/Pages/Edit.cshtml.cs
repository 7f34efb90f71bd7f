using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Goals.Pages;

public sealed class EditModel(GoalService goals) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public GoalEdit Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public GoalLevel Level { get; private set; }

    public async Task OnGetAsync()
    {
        var goal = await goals.GetForEditAsync(Id);
        Level = goal.Level;
        Version = goal.Version;
        Input = new GoalEdit
        {
            Title = goal.Title,
            Perspective = goal.Perspective,
            Number = goal.Number,
            ReportNote = goal.ReportNote,
            Texts = GoalTexts.All.ToDictionary(t => t.Property, t => GoalTexts.Get(goal, t.Property)),
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await goals.GetForEditAsync(Id);
        Level = current.Level;
        return await SaveAsync(
            async () =>
            {
                await goals.UpdateAsync(Id, Input, Version);
                Confirmation = Resources.Texts.Goal_Saved;
                return Redirect(Link.Goal(Id));
            },
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                Version = current.Version;
                return Task.CompletedTask;
            });
    }
}
