using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Notifications;

/// <summary>The signed-in user's mail choice per kind of notification; a kind without a choice has the default.</summary>
public sealed class PreferenceService(VerksamDbContext db, CurrentUser user)
{
    /// <summary>The choices offered: the digests are not built yet, so none is offered that would not be kept.</summary>
    public static readonly IReadOnlyList<MailChoice> Offered = [MailChoice.Immediately, MailChoice.Never];

    public async Task<IReadOnlyDictionary<NotificationKind, MailChoice>> MineAsync(CancellationToken cancellationToken = default)
    {
        var id = UserId();
        var stored = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == id).ToDictionaryAsync(p => p.Kind, p => p.Choice, cancellationToken);
        return Enum.GetValues<NotificationKind>().ToDictionary(k => k, k => stored.TryGetValue(k, out var c) ? c : NotificationPreference.DefaultChoice);
    }

    /// <summary>Saves a choice for every kind; a kind left out or a choice not offered is refused, naming the kind.</summary>
    public async Task SaveMineAsync(IReadOnlyDictionary<NotificationKind, MailChoice?> choices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var errors = new ValidationErrors();
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            if (choices.GetValueOrDefault(kind) is not { } choice || !Offered.Contains(choice))
            {
                errors.Add($"Choices[{kind}]", string.Format(System.Globalization.CultureInfo.CurrentCulture, Texts.Preferences_Choice_Required, Shared.Text.EnumText.Of(kind).ToLower(System.Globalization.CultureInfo.CurrentCulture)));
            }
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var id = UserId();
        var stored = await db.NotificationPreferences.Where(p => p.UserId == id).ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var (kind, choice) in choices)
        {
            if (stored.TryGetValue(kind, out var row))
            {
                row.Choice = choice!.Value;
            }
            else
            {
                db.NotificationPreferences.Add(new NotificationPreference { UserId = id, Kind = kind, Choice = choice!.Value });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private string UserId() => user.UserId ?? throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
}
