using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Validation;

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
            Texts = GoalTexts.All.ToDictionary(t => t.Property, t => GoalTexts.Get(goal, t.Property)),
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await goals.GetForEditAsync(Id);
        Level = current.Level;
        try
        {
            await goals.UpdateAsync(Id, Input, Version);
            Confirmation = Resources.Texts.Goal_Saved;
            return Redirect(Link.Goal(Id));
        }
        catch (ValidationException ex)
        {
            AddErrors(ex);
        }
        catch (StaleVersionException ex)
        {
            AddError(ex.Message);
            ModelState.Remove(nameof(Version));
            Version = current.Version;
        }

        return Page();
    }
}
