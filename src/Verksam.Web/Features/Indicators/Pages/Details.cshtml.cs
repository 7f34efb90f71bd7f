using System.Globalization;
using System.Text.Json;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Indicators.Pages;

public sealed class DetailsModel(IndicatorService indicators, IIndicatorGoals goalService) : VerksamPageModel
{
    public IReadOnlyList<IndicatorGoal> GoalChoices { get; private set; } = [];

    public IReadOnlySet<Guid> LinkedGoals { get; private set; } = new HashSet<Guid>();

    public IReadOnlyDictionary<Guid, string> GoalNumbers { get; private set; } = new Dictionary<Guid, string>();

    private static readonly HashSet<string> Shown = ["Value", "Numerator", "Denominator", "SurveyCounts", "ValueMen", "ValueWomen", "Comment", "StartMonth", "EndMonth"];

    public IndicatorDetails Details { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostAsync(Guid id, [Microsoft.AspNetCore.Mvc.FromForm(Name = "goals")] List<Guid>? selected)
    {
        try
        {
            await goalService.SetGoalsForIndicatorAsync(id, selected ?? []);
            Confirmation = Resources.Texts.Indicator_Goals_Saved;
            return Redirect(Link.Indicator(id));
        }
        catch (Shared.Validation.ValidationException ex)
        {
            AddErrors(ex, string.Empty);
            await LoadAsync(id);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id)
    {
        Details = await indicators.GetAsync(id);
        (GoalChoices, LinkedGoals, GoalNumbers) = await goalService.GoalsForIndicatorAsync(id);
    }

    /// <summary>The changed values of an outcome, named in Swedish: "Värde: 50 → 51".</summary>
    public string Changes(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var changes = JsonSerializer.Deserialize<Dictionary<string, Data.AuditChange>>(e.Changes) ?? [];
        var period = changes.TryGetValue("Year", out var y) && changes.TryGetValue("StartMonth", out var s) ? $"{s.After ?? s.Before}/{y.After ?? y.Before}: " : string.Empty;
        return period + string.Join("; ", changes.Where(c => Shown.Contains(c.Key) && c.Key is not ("StartMonth" or "EndMonth"))
            .Select(c => AuditWording.Describe(Resources.Texts.ResourceManager.GetString("OutcomeField_" + c.Key, CultureInfo.CurrentUICulture) ?? c.Key, c.Value, Swedish)));
    }

    /// <summary>The log keeps numbers with a decimal point; people read them with a comma.</summary>
    private static string Swedish(string? text) =>
        text is null ? "–" : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d.ToString("0.####", CultureInfo.GetCultureInfo("sv-SE")) : text;
}
