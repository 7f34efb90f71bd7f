using Microsoft.EntityFrameworkCore;
using MimeKit;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Accounts;

/// <summary>The signed-in user's own mail address, where their notifications are sent.</summary>
public sealed class ContactService(VerksamDbContext db, CurrentUser user)
{
    public async Task<string?> MyEmailAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => u.Id == user.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Refuses an address that cannot be one, before anything is saved; empty is allowed (no mail then).</summary>
    public static void Validate(string? email)
    {
        var text = UserText.Normalise(email);
        if (text is not null && (text.Length > 256 || !text.Contains('@', StringComparison.Ordinal) || !MailboxAddress.TryParse(text, out var parsed) || parsed.Address != text))
        {
            throw ValidationException.For("Email", Texts.Contact_Email_Invalid);
        }
    }

    /// <summary>Sets the address, or clears it when empty (no mail then); an address that cannot be one is refused.</summary>
    public async Task SetMyEmailAsync(string? email, CancellationToken cancellationToken = default)
    {
        Validate(email);
        var text = UserText.Normalise(email);

        var account = await db.Users.FirstOrDefaultAsync(u => u.Id == user.UserId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        account.Email = text;
        account.NormalizedEmail = text?.ToUpperInvariant();
        await db.SaveChangesAsync(cancellationToken);
    }
}
