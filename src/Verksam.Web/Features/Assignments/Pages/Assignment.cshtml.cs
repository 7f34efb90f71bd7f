using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Assignments.Pages;

/// <summary>Registers an assignment or changes it: commissioner, the goals it serves, its aim, status and comment.</summary>
public sealed class AssignmentModel(AssignmentService assignments, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? AssignmentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty]
    public AssignmentEdit Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public AssignmentList List { get; private set; } = null!;

    public int TheYear { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var existing = await LoadAsync();
        if (!List.CanEdit)
        {
            return Forbid();
        }

        if (existing is { } a)
        {
            Version = a.Version;
            Input = new AssignmentEdit { Title = a.Title, Commissioner = a.Commissioner, Aim = a.Aim, Status = a.Status, Comment = a.Comment, GoalIds = List.GoalLinks[a.Id].ToList() };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var existing = await LoadAsync();
        return await SaveAsync(
            async () =>
            {
                Input.Year = TheYear;
                await assignments.SaveAsync(Id, AssignmentId, Input, Version);
                Confirmation = Resources.Texts.Assignment_Saved;
                return Redirect(Link.Assignments(Id, TheYear));
            },
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                Version = existing?.Version;
                return Task.CompletedTask;
            });
    }

    private async Task<Assignment?> LoadAsync()
    {
        TheYear = Year is >= 2000 and <= 2100 ? Year.Value : time.GetLocalNow().Year;
        if (AssignmentId is { } id)
        {
            // The year is the assignment's own; find it among the unit's years.
            var probe = await assignments.FindAsync(Id, id);
            TheYear = probe.Year;
        }

        List = await assignments.ListAsync(Id, TheYear);
        return AssignmentId is { } aid ? List.Assignments.First(a => a.Id == aid) : null;
    }
}
