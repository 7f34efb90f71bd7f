using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Register.Pages;

/// <summary>One matter: what was recorded, what is overdue, and the handling form from received to closed.</summary>
public sealed class MatterModel(MatterService matters) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid MatterId { get; set; }

    [BindProperty]
    public MatterHandleEdit Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public MatterView View { get; private set; } = null!;

    public DateOnly Today => matters.Today;

    public async Task OnGetAsync()
    {
        View = await matters.GetAsync(Id, MatterId);
        var m = View.Matter;
        Version = m.Version;
        Input = new MatterHandleEdit
        {
            Status = m.Status,
            Investigation = m.Investigation,
            Measures = m.Measures,
            FeedbackGiven = m.FeedbackGiven,
            FeedbackOn = m.FeedbackOn,
            FeedbackForm = m.FeedbackForm,
            Decision = m.Decision,
            DecidedOn = m.DecidedOn,
            IvoNotifiedOn = m.IvoNotifiedOn,
            ClosedOn = m.ClosedOn,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var stale = false;
        return await SaveAsync(
            async () =>
            {
                await matters.HandleAsync(Id, MatterId, Input, Version);
                Confirmation = Resources.Texts.Matter_Saved;
                return Redirect(Link.Matter(Id, MatterId));
            },
            refused: async () =>
            {
                View = await matters.GetAsync(Id, MatterId);
                if (stale)
                {
                    Version = View.Matter.Version;
                }
            },
            onStale: () =>
            {
                // The form keeps what this user typed; saving again replaces the other person's handling knowingly.
                ModelState.Remove(nameof(Version));
                stale = true;
                return Task.CompletedTask;
            });
    }
}
