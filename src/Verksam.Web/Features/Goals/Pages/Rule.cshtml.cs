using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Access;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Indicators.Assessment;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Goals.Pages;

[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class RuleModel(GoalService goals, AccessService access) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    public string MunicipalityName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var settings = await goals.SettingsAsync(Id);
        Input = new RuleInput
        {
            Rule = settings.RollUpRule,
            GreenFrom = (settings.GreenFrom * 100).ToString("0.##", CultureInfo.GetCultureInfo("sv-SE")),
            YellowFrom = (settings.YellowFrom * 100).ToString("0.##", CultureInfo.GetCultureInfo("sv-SE")),
            SteerByPerspective = settings.SteerByPerspective,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        decimal? green = IndicatorInput.TryParseNumber(Input.GreenFrom, out var g) ? g : null;
        decimal? yellow = IndicatorInput.TryParseNumber(Input.YellowFrom, out var y) ? y : null;
        try
        {
            await goals.SaveSettingsAsync(Id, Input.Rule, green, yellow, Input.SteerByPerspective);
            Confirmation = Resources.Texts.RollUp_Saved;
            return Redirect($"/admin/kommuner/{Id}/regel");
        }
        catch (ValidationException ex)
        {
            AddErrors(ex);
            return Page();
        }
    }

    private async Task<bool> LoadAsync()
    {
        var unit = await access.RequireAsync(Id, AccessLevel.Read);
        MunicipalityName = unit.Name;
        return unit.Kind == Organisation.OrgUnitKind.Municipality;
    }
}

public sealed class RuleInput
{
    public RollUpRule? Rule { get; set; }

    public string? GreenFrom { get; set; }

    public string? YellowFrom { get; set; }

    public bool SteerByPerspective { get; set; }
}
