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

    private static readonly string[] Shown = ["Value", "Numerator", "Denominator", "SurveyCounts", "ValueMen", "ValueWomen", "Comment"];

    /// <summary>The outcomes' history: newest first, and the months of one moment (a load, an import) in their order.</summary>
    public IReadOnlyList<OutcomeHistoryRow> History { get; private set; } = [];

    public IndicatorDetails Details { get; private set; } = null!;

    /// <summary>The year so far, period by period, drawn small beside the figures.</summary>
    public Domain.Charts.TrendChart Trend { get; private set; } = null!;

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
        Trend = IndicatorTrend.Months(Details.Indicator, Details.Unit.Name, Details.Outcomes.Select(o => o.Outcome).ToList());
        (GoalChoices, LinkedGoals, GoalNumbers) = await goalService.GoalsForIndicatorAsync(id);
        var periods = Details.Outcomes.ToDictionary(o => o.Outcome.Id.ToString(), o => Domain.Periods.Period.FromStored(o.Outcome.Year, o.Outcome.PeriodKind, o.Outcome.StartMonth, o.Outcome.EndMonth));
        History = Details.History
            .Select(e => (Event: e, Period: periods.TryGetValue(e.EntityId, out var p) ? p : (Domain.Periods.Period?)null))
            .OrderByDescending(r => r.Event.OccurredAt).ThenBy(r => r.Period?.StartMonth).ThenBy(r => r.Period?.EndMonth)
            .Select(r => new OutcomeHistoryRow(r.Event, Headline(r.Event, r.Period), Changes(r.Event)))
            .ToList();
    }

    /// <summary>"Utfall Sep 2023 ändrat".</summary>
    private static string Headline(AuditEvent e, Domain.Periods.Period? period) =>
        AuditWording.Headline(e.Action, new AuditSubject(period is { } p ? string.Format(CultureInfo.CurrentCulture, Resources.Texts.Outcomes_HistorySubject, p.Name) : Resources.Texts.Entity_Outcome, AuditNoun.Neuter));

    /// <summary>The values of an outcome that changed, named in Swedish: "Värde: 50 → 51", "Svar: – → Ja 7, Nej 0".</summary>
    public static IReadOnlyList<string> Changes(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var changes = e.ReadChanges();
        var lines = new List<string>();
        foreach (var key in Shown)
        {
            if (!changes.TryGetValue(key, out var change))
            {
                continue;
            }

            if (key == "SurveyCounts")
            {
                change = new Data.AuditChange(Answers(change.Before), Answers(change.After));
            }

            if (change.Before == change.After)
            {
                continue;
            }

            lines.Add(AuditWording.Describe(Resources.Texts.ResourceManager.GetString("OutcomeField_" + key, CultureInfo.CurrentUICulture) ?? key, change, Swedish));
        }

        return lines;
    }

    /// <summary>A survey's logged answer counts ("{\"Ja\":7}") as a reader says them: "Ja 7, Nej 0"; none as nothing.</summary>
    private static string? Answers(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            var counts = JsonSerializer.Deserialize<Dictionary<string, decimal>>(json);
            return counts is null || counts.Count == 0 ? null : string.Join(", ", counts.Select(c => c.Key + " " + Swedish(c.Value.ToString(CultureInfo.InvariantCulture))));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The log keeps numbers with a decimal point; people read them with a comma.</summary>
    private static string Swedish(string? text) =>
        text is null ? "–" : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d.ToString("0.####", CultureInfo.GetCultureInfo("sv-SE")) : text;
}

public sealed record OutcomeHistoryRow(AuditEvent Event, string Headline, IReadOnlyList<string> Changes);
