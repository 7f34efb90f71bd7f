using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Goals.Pages;

[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class RuleModel(MunicipalitySettingsService municipalities, AccessService access) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    /// <summary>The settings' version when the form was opened; none when the municipality had no settings yet.</summary>
    [BindProperty]
    public Guid? Version { get; set; }

    public string MunicipalityName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var settings = await municipalities.GetAsync(Id);
        Version = settings.Version == Guid.Empty ? null : settings.Version;
        Input = new RuleInput
        {
            Rule = settings.RollUpRule,
            GreenFrom = Percent(settings.GreenFrom),
            YellowFrom = Percent(settings.YellowFrom),
            SteerByPerspective = settings.SteerByPerspective,
            ReportDueDay = settings.ReportDueDay.ToString(CultureInfo.InvariantCulture),
            NotifyDaysBeforeDue = settings.NotifyDaysBeforeDue.ToString(CultureInfo.InvariantCulture),
            UsesMonthlyReports = settings.UsesMonthlyReports,
            UsesTertialReports = settings.UsesTertialReports,
            UsesAnnualReport = settings.UsesAnnualReport,
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
        return await SaveAsync(
            async () =>
            {
                int? dueDay = int.TryParse(Input.ReportDueDay, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
                // A form without the field (an older page still open) leaves the days of warning as they are.
                var notifyDays = Request.Form.ContainsKey("Input.NotifyDaysBeforeDue") ? Input.NotifyDaysBeforeDue ?? string.Empty : null;
                await municipalities.SaveRollUpAsync(Id, new MunicipalitySettingsEdit(Input.Rule, green, yellow, Input.SteerByPerspective, dueDay, new ReportUse(Input.UsesMonthlyReports, Input.UsesTertialReports, Input.UsesAnnualReport), notifyDays), Version);
                Confirmation = Resources.Texts.RollUp_Saved;
                return Redirect(Link.MunicipalityRule(Id));
            },
            onStale: async () =>
            {
                // Keep what this administrator chose on the form; the next save is based on the settings saved meanwhile.
                var current = await municipalities.GetAsync(Id);
                Version = current.Version;
                ModelState.Remove(nameof(Version));
                Stored = current;
            });
    }

    /// <summary>A stored share (0.8) as the form and the page write it ("80").</summary>
    public static string Percent(decimal share) => (share * 100).ToString("0.##", VerksamApp.Swedish);

    /// <summary>What another administrator saved meanwhile, shown beside this one's refused choice.</summary>
    public MunicipalitySettings? Stored { get; private set; }

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

    public string? ReportDueDay { get; set; }

    public string? NotifyDaysBeforeDue { get; set; }

    public bool UsesMonthlyReports { get; set; }

    public bool UsesTertialReports { get; set; }

    public bool UsesAnnualReport { get; set; }
}
