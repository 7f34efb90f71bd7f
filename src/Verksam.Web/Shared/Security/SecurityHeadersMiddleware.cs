namespace Verksam.Web.Shared.Security;

/// <summary>
/// Headers that keep pages from being framed, sniffed or leaking where the user came from; scripts only from Verksam
/// itself. Downloads (anything sent as a file: Word, PDF, CSV, Excel, zip) and the JSON API carry personal data and
/// are never stored by a browser or a proxy (Cache-Control: no-store).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Content-Security-Policy"] =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.ContentDisposition.Count > 0 || context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
