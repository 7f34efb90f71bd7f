namespace Verksam.Web.Shared.Security;

/// <summary>Where a request came from, the same for the login limits and the audit log.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The client's address, IPv4 written as IPv4 even when the socket is IPv6; null outside a request. Behind a
    /// trusted reverse proxy it is the client's, from X-Forwarded-For (<see cref="ReverseProxySetup"/>).
    /// </summary>
    public static string? Of(HttpContext? context) => context?.Connection.RemoteIpAddress is { } ip
        ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString()
        : null;
}
