using System.Security.Claims;
using Verksam.Web.Data;

namespace Verksam.Web.Shared.Security;

/// <summary>The person behind the current request, or the system when there is no request (start-up, command line).</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : IAuditActor
{
    public const string DisplayNameClaim = "verksam:display_name";
    public const string SystemName = "Systemet";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string Name => IsAuthenticated
        ? Principal!.FindFirstValue(DisplayNameClaim) ?? Principal!.Identity!.Name ?? string.Empty
        : SystemName;
}
