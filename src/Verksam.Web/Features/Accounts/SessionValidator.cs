using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verksam.Web.Data;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Accounts;

/// <summary>
/// Decides on every request whether the login cookie still stands for a session. A session ends when its account's
/// security stamp has changed (logging out, a new password, disabling the account, its last grant removed — on every
/// device at once), when it has not been used for the idle timeout, and when it is older than the absolute lifetime.
/// One lookup of the account by key per request; nothing is kept in the app's memory, so every instance agrees.
/// </summary>
public static class SessionValidator
{
    /// <summary>When the session began, in the cookie's properties (protected with the cookie), round-trip format.</summary>
    public const string StartedKey = "verksam.started";

    /// <summary>How often a used session's cookie is renewed, moving its idle expiry forward.</summary>
    private static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    public static Task OnSigningInAsync(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Properties.Items.TryAdd(StartedKey, now.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var sessions = services.GetRequiredService<SecurityOptions>().Sessions;

        if (!context.Properties.Items.TryGetValue(StartedKey, out var startedText)
            || !DateTimeOffset.TryParse(startedText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var started)
            || now - started > TimeSpan.FromHours(sessions.AbsoluteLifetimeHours))
        {
            await RejectAsync(context);
            return;
        }

        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = context.Principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (userId is null || stamp is null)
        {
            await RejectAsync(context);
            return;
        }

        var db = services.GetRequiredService<VerksamDbContext>();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.IsDisabled })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null || account.IsDisabled || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            await RejectAsync(context);
            return;
        }

        if (context.Properties.IssuedUtc is { } issued && now - issued > RenewEvery)
        {
            context.ShouldRenew = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
