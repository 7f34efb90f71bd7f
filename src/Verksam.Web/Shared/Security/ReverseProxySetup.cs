using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Verksam.Web.Shared.Security;

/// <summary>
/// Verksam behind an HTTPS reverse proxy: the proxy's X-Forwarded-For and X-Forwarded-Proto are believed only when the
/// request comes from an address in <see cref="ReverseProxyOptions"/>, so the app knows the client's address (for the
/// login limits and the audit log) and that the client spoke HTTPS (for Secure cookies).
/// </summary>
public static class ReverseProxySetup
{
    public static IServiceCollection AddVerksamReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxy = new ReverseProxyOptions();
        configuration.GetSection(ReverseProxyOptions.SectionName).Bind(proxy);
        services.Configure<ForwardedHeadersOptions>(o => Apply(o, proxy));
        return services;
    }

    /// <summary>Reads the proxy settings into the framework's options; a setting that is not an address or network stops the start with a message saying which.</summary>
    public static void Apply(ForwardedHeadersOptions options, ReverseProxyOptions proxy)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(proxy);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = proxy.ForwardLimit;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        var proxies = proxy.TrustedProxies.Count == 0 && proxy.TrustedNetworks.Count == 0 ? ["127.0.0.1", "::1"] : proxy.TrustedProxies;
        foreach (var address in proxies)
        {
            if (!IPAddress.TryParse(address.Trim(), out var parsed))
            {
                throw new InvalidOperationException($"ReverseProxy:TrustedProxies: \"{address}\" är ingen IP-adress.");
            }

            options.KnownProxies.Add(parsed);
        }

        foreach (var network in proxy.TrustedNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network.Trim(), out var parsed))
            {
                throw new InvalidOperationException($"ReverseProxy:TrustedNetworks: \"{network}\" är inget nät i CIDR-form (till exempel 10.0.0.0/24).");
            }

            options.KnownIPNetworks.Add(parsed);
        }
    }
}

/// <summary>
/// With secure cookies (every real deployment) a request that did not come over HTTPS is answered with a message that
/// says how to set the proxy up, instead of the antiforgery error a form page would otherwise end in. /health answers on
/// plain HTTP, so a monitor on the same machine can ask it.
/// </summary>
public sealed class HttpsOnlyMiddleware(RequestDelegate next, ILogger<HttpsOnlyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        logger.LogWarning(
            "A request from {ClientAddress} came without HTTPS. Behind a reverse proxy, set ReverseProxy:TrustedProxies to the proxy's address and let it send X-Forwarded-Proto.",
            context.Connection.RemoteIpAddress);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Resources.Texts.Https_Required, context.RequestAborted);
    }
}
