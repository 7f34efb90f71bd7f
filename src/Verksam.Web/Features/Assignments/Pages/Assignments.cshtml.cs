using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Assignments.Pages;

/// <summary>The unit's assignments for a year, as seed 000's section 5 lists them.</summary>
public sealed class AssignmentsModel(AssignmentService assignments, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public AssignmentList List { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        List = await assignments.ListAsync(Id, Year is >= 2000 and <= 2100 ? Year.Value : await assignments.OpeningYearAsync(Id, time.GetLocalNow().Year));
        if (Year is null && List.Assignments.Count == 0 && List.Years.Count > 0)
        {
            List = await assignments.ListAsync(Id, List.Years[0]);
        }
    }
}
