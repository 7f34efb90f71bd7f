using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Goals.Pages;

/// <summary>A person's assessment of a goal for a month (a colour) or a tertial or year (a fulfilment), beside the proposal.</summary>
public sealed class AssessModel(GoalAssessmentService goals) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodCode { get; set; }

    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public AssessmentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Period.TryParse(PeriodCode, out var period))
        {
            return NotFound();
        }

        View = await goals.GetAssessmentAsync(Id, period);
        Input = new AssessmentInput { Colour = View.Stored?.Colour, Fulfilment = View.Stored?.Fulfilment, Motivation = View.Stored?.Motivation };
        Version = View.Stored?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Period.TryParse(PeriodCode, out var period))
        {
            return NotFound();
        }

        return await SaveAsync(
            async () =>
            {
                await goals.SaveAssessmentAsync(Id, period, Input.Colour, Input.Fulfilment, Input.Motivation, Version);
                Confirmation = Resources.Texts.GoalAssessment_Done;
                return Redirect(Link.Goal(Id));
            },
            refused: async () =>
            {
                View = await goals.GetAssessmentAsync(Id, period);
                Version = View.Stored?.Version;
            },
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                return Task.CompletedTask;
            });
    }
}

public sealed class AssessmentInput
{
    public Rag? Colour { get; set; }

    public Fulfilment? Fulfilment { get; set; }

    public string? Motivation { get; set; }
}
