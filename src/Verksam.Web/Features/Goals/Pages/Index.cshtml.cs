using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Goals.Pages;

public sealed class IndexModel(GoalService goals, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public UnitGoals Data { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        return await SaveAsync(
            async () =>
            {
                var goal = await goals.CreateAsync(Id, Data.Year, Input.Title, Input.Level, Input.ParentId, Input.Perspective);
                Confirmation = Resources.Texts.Goal_Created;
                return Redirect(Link.Goal(goal.Id));
            },
            versioned: false);
    }

    private async Task LoadAsync()
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : await goals.OpeningYearAsync(Id, time.GetLocalNow().Year);
        Data = await goals.ForUnitAsync(Id, year);
        Year = year;
    }
}

public sealed class GoalInput
{
    public string? Title { get; set; }

    public GoalLevel? Level { get; set; }

    public Guid? ParentId { get; set; }

    public string? Perspective { get; set; }
}
