using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Notifications.Pages;

/// <summary>The user's own mail address and, per kind of notification, whether it comes by mail.</summary>
public sealed class SettingsModel(PreferenceService preferences, ContactService contacts) : VerksamPageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        Input.Email = await contacts.MyEmailAsync();
        Input.Choices = (await preferences.MineAsync()).ToDictionary(p => p.Key, p => (MailChoice?)p.Value);
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(async () =>
    {
        ContactService.Validate(Input.Email);
        await preferences.SaveMineAsync(Input.Choices);
        await contacts.SetMyEmailAsync(Input.Email);
        Confirmation = Texts.Preferences_Saved;
        return Redirect(Link.NotificationSettings());
    }, versioned: false);
}

public sealed class SettingsInput
{
    public string? Email { get; set; }

    public Dictionary<NotificationKind, MailChoice?> Choices { get; set; } = [];
}
