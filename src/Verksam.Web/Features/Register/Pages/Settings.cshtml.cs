using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Register.Pages;

/// <summary>The register's time limits for the unit and the units below it, or inherited from the unit above.</summary>
public sealed class SettingsModel(RegisterSettingsService registerSettings) : VerksamPageModel
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
        View = await registerSettings.SettingsViewAsync(Id);
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

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        async () =>
        {
            await registerSettings.SaveSettingsAsync(Id, Input, Version);
            Confirmation = Resources.Texts.RegisterSettings_Saved;
            return Redirect(Link.Matters(Id));
        },
        refused: async () =>
        {
            View = await registerSettings.SettingsViewAsync(Id);
            Version = View.Own?.Version;
        },
        onStale: () =>
        {
            ModelState.Remove(nameof(Version));
            return Task.CompletedTask;
        });
}
