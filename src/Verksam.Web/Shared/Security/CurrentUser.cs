using System.Security.Claims;
using Verksam.Web.Data;

namespace Verksam.Web.Shared.Security;

/// <summary>
/// The person behind the current request, or the person background work in this scope acts for, or the system when
/// there is neither (start-up, command line).
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : IAuditActor
{
    public const string DisplayNameClaim = "verksam:display_name";
    public const string SystemName = "Systemet";

    private ClaimsPrincipal? _actingFor;

    private string? _systemName;

    private ClaimsPrincipal? Principal => _actingFor ?? accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string Name => IsAuthenticated
        ? Principal!.FindFirstValue(DisplayNameClaim) ?? Principal!.Identity!.Name ?? string.Empty
        : _systemName ?? SystemName;

    /// <summary>
    /// Names what the system does in this scope when no one is signed in ("Demodata (installation)"), so the change
    /// log says who acted in words its reader knows rather than "Systemet".
    /// </summary>
    public void ActAsSystem(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _systemName = name;
    }

    /// <summary>
    /// Work outside a request (a background export) acts for the person who started it: their access is checked and
    /// their name goes in the audit log, for this scope only. Call it before anything in the scope asks who the user is.
    /// </summary>
    public void ActFor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _actingFor = user;
    }
}
