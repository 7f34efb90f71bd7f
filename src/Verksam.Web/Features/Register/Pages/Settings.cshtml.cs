using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Register.Pages;

/// <summary>The register's time limits for the unit and the units below it, or inherited from the unit above.</summary>
public sealed class SettingsModel(MatterService matters) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RegisterSettingsEdit Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public RegisterSettingsView View { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        View = await matters.SettingsViewAsync(Id);
        var effective = View.Own ?? View.Inherited;
        Version = View.Own?.Version;
        Input = new RegisterSettingsEdit
        {
            Inherit = View.Own is null,
            OpenDaysLimit = effective.OpenDaysLimit,
            DecisionDaysLimit = effective.DecisionDaysLimit,
            IvoDaysLimit = effective.IvoDaysLimit,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await matters.SaveSettingsAsync(Id, Input, Version);
            Confirmation = Resources.Texts.RegisterSettings_Saved;
            return Redirect(Link.Matters(Id));
        }
        catch (ValidationException ex)
        {
            AddErrors(ex);
        }
        catch (StaleVersionException ex)
        {
            AddError(ex.Message);
            ModelState.Remove(nameof(Version));
        }

        View = await matters.SettingsViewAsync(Id);
        Version = View.Own?.Version;
        return Page();
    }
}
