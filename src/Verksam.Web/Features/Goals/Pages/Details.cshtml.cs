using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Periods;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Goals.Pages;

public sealed class DetailsModel(GoalService goals) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, string> Weights { get; set; } = [];

    public GoalDetails Details { get; private set; } = null!;

    public IReadOnlyList<Period> Tertials => [Period.Tertial(Details.Goal.Year, 1), Period.Tertial(Details.Goal.Year, 2), Period.Tertial(Details.Goal.Year, 3), Period.WholeYear(Details.Goal.Year)];

    public async Task OnGetAsync() => Details = await goals.GetAsync(Id);

    public async Task<IActionResult> OnPostAsync()
    {
        var weights = new Dictionary<Guid, decimal>();
        foreach (var id in Selected.Distinct())
        {
            if (!IndicatorInput.TryParseNumber(Weights.GetValueOrDefault(id) ?? "1", out var weight))
            {
                ModelState.AddModelError(string.Empty, Resources.Texts.Goal_Weight_Range);
            }

            weights[id] = weight;
        }

        if (ModelState.IsValid)
        {
            try
            {
                await goals.SetIndicatorsAsync(Id, weights);
                Confirmation = Resources.Texts.Goal_IndicatorsSaved;
                return Redirect($"/mal/{Id}");
            }
            catch (ValidationException ex)
            {
                AddErrors(ex, string.Empty);
            }
        }

        Details = await goals.GetAsync(Id);
        return Page();
    }
}
