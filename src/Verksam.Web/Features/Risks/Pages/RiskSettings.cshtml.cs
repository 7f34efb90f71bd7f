using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Risks.Pages;

/// <summary>The municipality's risk matrix, for an administrator: size, follow-up threshold and colour bands.</summary>
[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class RiskSettingsModel(RiskService risks, MunicipalitySettingsService municipalities, AccessService access) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RiskSettingsEdit Input { get; set; } = new();

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
        Input = new RiskSettingsEdit { MatrixSize = settings.RiskMatrixSize, Threshold = settings.RiskFollowUpThreshold, YellowFrom = settings.RiskYellowFrom, RedFrom = settings.RiskRedFrom };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return await SaveAsync(async () =>
        {
            await risks.SaveSettingsAsync(Id, Input, Version);
            Confirmation = Resources.Texts.RiskSettings_Saved;
            return Redirect(Link.RiskSettings(Id));
        });
    }

    private async Task<bool> LoadAsync()
    {
        var unit = await access.RequireAsync(Id, AccessLevel.Read);
        MunicipalityName = unit.Name;
        return unit.Kind == Organisation.OrgUnitKind.Municipality;
    }
}
