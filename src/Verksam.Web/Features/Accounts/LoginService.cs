using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Accounts;

/// <summary>
/// Logging in with a user name and password. Whatever is wrong — an unknown name, a wrong password, a disabled
/// account — the answer has the same words and takes the same time (the password is hashed either way), so user names
/// cannot be confirmed from outside. Failures are counted per user name and client address (<see cref="LoginThrottle"/>).
/// </summary>
public sealed class LoginService(
    VerksamDbContext db,
    UserManager<VerksamUser> users,
    SignInManager<VerksamUser> signIn,
    SecurityOptions security,
    TimeProvider time)
{
    /// <summary>A hash of a password nobody knows, made as real ones are, to verify against when there is no account.</summary>
    private static readonly Lazy<string> NobodysHash = new(() =>
        new PasswordHasher<VerksamUser>().HashPassword(new VerksamUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    public async Task<LoginResult> LogInAsync(string userName, string password, string clientAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var now = time.GetUtcNow().UtcDateTime;
        var key = ThrottleKey(users.NormalizeName(userName) ?? userName, clientAddress);
        var throttle = await db.LoginThrottles.FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        if (throttle?.WaitUntil is { } waitUntil && waitUntil > now)
        {
            return LoginResult.Wait(waitUntil - now);
        }

        var user = await users.FindByNameAsync(userName);
        bool passwordMatches;
        if (user is null || user.IsDisabled || user.PasswordHash is null)
        {
            users.PasswordHasher.VerifyHashedPassword(user ?? new VerksamUser(), NobodysHash.Value, password);
            passwordMatches = false;
        }
        else
        {
            passwordMatches = users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
        }

        if (passwordMatches)
        {
            if (throttle is not null)
            {
                db.LoginThrottles.Remove(throttle);
                await db.SaveChangesAsync(cancellationToken);
            }

            await signIn.SignInAsync(user!, isPersistent: false);
            return LoginResult.Success;
        }

        var wait = await CountFailureAsync(throttle, key, now, cancellationToken);
        return wait is { } w ? LoginResult.Wait(w) : LoginResult.Failed;
    }

    /// <summary>The key of a failure count: the normalised name and the client's address, each cut so the key fits its column.</summary>
    public static string ThrottleKey(string normalizedUserName, string clientAddress)
    {
        ArgumentNullException.ThrowIfNull(normalizedUserName);
        ArgumentNullException.ThrowIfNull(clientAddress);
        var name = normalizedUserName.Length > VerksamUser.UserNameMaxLength * 2 ? normalizedUserName[..(VerksamUser.UserNameMaxLength * 2)] : normalizedUserName;
        var address = clientAddress.Length > 100 ? clientAddress[..100] : clientAddress;
        return name + "|" + address;
    }

    /// <summary>The wait after the given number of failures: none before the limit, then doubling from the first wait up to the longest.</summary>
    public static TimeSpan? WaitAfter(int failures, LoginLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (failures < limits.FailuresBeforeWait)
        {
            return null;
        }

        var doublings = Math.Min(failures - limits.FailuresBeforeWait, 20);
        var wait = TimeSpan.FromSeconds(limits.FirstWaitSeconds * Math.Pow(2, doublings));
        var longest = TimeSpan.FromMinutes(limits.MaxWaitMinutes);
        return wait < longest ? wait : longest;
    }

    public static string WaitMessage(TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes <= 1
            ? Texts.Login_Wait_OneMinute
            : Counted.Format(nameof(Texts.Login_Wait_Minutes), minutes);
    }

    private async Task<TimeSpan?> CountFailureAsync(LoginThrottle? throttle, string key, DateTime now, CancellationToken cancellationToken)
    {
        var limits = security.Login;
        if (throttle is null)
        {
            throttle = db.LoginThrottles.Add(new LoginThrottle { Key = key }).Entity;
        }
        else if (now - throttle.LastFailureAt > TimeSpan.FromMinutes(limits.MaxWaitMinutes) * 4)
        {
            // A failure long after the last one starts a new count.
            throttle.Failures = 0;
        }

        throttle.Failures++;
        throttle.LastFailureAt = now;
        var wait = WaitAfter(throttle.Failures, limits);
        throttle.WaitUntil = wait is { } w ? now + w : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request counted a failure for the same pair at the same moment; one of the two counts is enough.
        }

        // Counts nobody has added to for a day are removed by LoginThrottleCleanupJob, off the login's path.
        return wait;
    }
}

public sealed record LoginResult(bool Succeeded, TimeSpan? RetryAfter)
{
    public static readonly LoginResult Success = new(true, null);

    public static readonly LoginResult Failed = new(false, null);

    public static LoginResult Wait(TimeSpan wait) => new(false, wait);
}
