using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Processes;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Risks.Pages;

/// <summary>Registers a risk or changes it, with its actions and the history of its score.</summary>
public sealed class RiskModel(RiskService risks, ActionService actions, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? RiskId { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty]
    public RiskEdit Input { get; set; } = new();

    [BindProperty]
    public ActionEdit NewAction { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public RiskDetails? Details { get; private set; }

    public RiskSettings Settings { get; private set; } = null!;

    public string UnitName { get; private set; } = string.Empty;

    public IReadOnlyDictionary<Guid, string> Goals { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<QualityProcess> Processes { get; private set; } = [];

    public int RiskYear => Details?.Risk.Year ?? Year ?? time.GetLocalNow().Year;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Details is { } d)
        {
            if (!d.CanEdit)
            {
                return Forbid();
            }

            var risk = d.Risk;
            Version = risk.Version;
            Input = new RiskEdit
            {
                Description = risk.Description,
                Category = risk.Category,
                GoalId = risk.GoalId,
                ProcessId = risk.ProcessId,
                Likelihood = risk.Likelihood?.ToString(CultureInfo.InvariantCulture),
                Consequence = risk.Consequence?.ToString(CultureInfo.InvariantCulture),
                InFollowUp = risk.InFollowUp,
                RemovalComment = risk.RemovalComment,
                ActionPlanDue = risk.ActionPlanDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        async () =>
        {
            Input.Year = Year;
            var saved = await risks.SaveAsync(Id, RiskId, Input, Version);
            Confirmation = Resources.Texts.Risk_Saved;
            return Redirect(Link.Risk(Id, saved.Id));
        },
        refused: async () =>
        {
            await LoadAsync();
            ModelState.Remove(nameof(Version));
            Version = Details?.Risk.Version;
        });

    public Task<IActionResult> OnPostActionAsync() => SaveAsync(
        async () =>
        {
            var riskId = RiskId ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
            NewAction.RiskId = riskId;
            await actions.SaveActionAsync(Id, null, NewAction, null);
            Confirmation = Resources.Texts.Action_Saved;
            return Redirect(Link.Risk(Id, riskId));
        },
        refused: async () =>
        {
            await LoadAsync();
            if (Details is { } d)
            {
                Version = d.Risk.Version;
                ModelState.Remove(nameof(Version));
            }
        },
        prefix: nameof(NewAction),
        versioned: false);

    private async Task LoadAsync()
    {
        if (RiskId is { } riskId)
        {
            Details = await risks.GetAsync(Id, riskId);
            Settings = Details.Settings;
            UnitName = Details.Unit.Name;
            Goals = await risks.GoalTitlesAsync(Details.Unit, Details.Risk.Year);
        }
        else
        {
            var (unit, settings, goals) = await risks.NewRiskFormAsync(Id, RiskYear);
            Settings = settings;
            UnitName = unit.Name;
            Goals = goals;
        }

        Processes = await risks.ProcessesAsync(Id);
    }
}
