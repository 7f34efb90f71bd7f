using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Goals.Pages;

public sealed class DetailsModel(GoalService goals, ActivityService activities, GoalLinkService links, TrendService trends, TimeProvider time) : VerksamPageModel
{
    [BindProperty]
    public ActivityEdit Activity { get; set; } = new();

    public bool ActivityFailed { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }


    public GoalDetails Details { get; private set; } = null!;

    /// <summary>The links and weights as this user sent them, kept on the form when the save was refused.</summary>
    public IReadOnlyDictionary<Guid, string>? PostedWeights { get; private set; }

    public IReadOnlyList<Period> Tertials => [Period.Tertial(Details.Goal.Year, 1), Period.Tertial(Details.Goal.Year, 2), Period.Tertial(Details.Goal.Year, 3), Period.WholeYear(Details.Goal.Year)];

    /// <summary>Each linked indicator's year so far, by indicator: only indicators of units the user may read are linked here.</summary>
    public IReadOnlyDictionary<Guid, Domain.Charts.TrendChart> Trends { get; private set; } = new Dictionary<Guid, Domain.Charts.TrendChart>();

    public Task OnGetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Details = await goals.GetAsync(Id);
        Trends = await trends.MonthsAsync(Details.Indicators.Select(r => r.Indicator).ToList());
    }

    public Task<IActionResult> OnPostActivityAsync() => SaveAsync(
        async () =>
        {
            await activities.SaveActivityAsync(Id, null, Activity, Today, null);
            Confirmation = Resources.Texts.Activity_Added;
            return Redirect(Link.Goal(Id));
        },
        refused: async () =>
        {
            ActivityFailed = true;
            await LoadAsync();
        },
        prefix: nameof(Activity),
        versioned: false);

    /// <summary>The linked indicators and their weights; bound here only, so other forms on the page do not carry them.</summary>
    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Selected")] List<Guid>? selected, [FromForm(Name = "Weights")] Dictionary<Guid, string>? weights, [FromForm(Name = "LinkStamp")] string? stamp)
    {
        ModelState.Clear();
        var parsed = new Dictionary<Guid, decimal>();
        foreach (var id in (selected ?? []).Distinct())
        {
            if (!IndicatorInput.TryParseNumber(weights?.GetValueOrDefault(id) ?? "1", out var weight))
            {
                ModelState.AddModelError(string.Empty, Resources.Texts.Goal_Weight_Range);
            }

            parsed[id] = weight;
        }

        if (ModelState.IsValid)
        {
            return await SaveAsync(
                async () =>
                {
                    await links.SetIndicatorsAsync(Id, parsed, stamp);
                    Confirmation = Resources.Texts.Goal_IndicatorsSaved;
                    return Redirect(Link.Goal(Id));
                },
                refused: KeepChoiceAsync,
                prefix: string.Empty);
        }

        await KeepChoiceAsync();
        return Page();

        // Refused: the table above shows what is saved now, the form what this user chose.
        async Task KeepChoiceAsync()
        {
            PostedWeights = (selected ?? []).Distinct().ToDictionary(id => id, id => weights?.GetValueOrDefault(id) ?? "1");
            await LoadAsync();
        }
    }
}
