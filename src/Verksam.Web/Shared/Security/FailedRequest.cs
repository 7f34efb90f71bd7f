using Microsoft.AspNetCore.Diagnostics;

namespace Verksam.Web.Shared.Security;

/// <summary>What an exception handler needs to know of the request that failed.</summary>
public static class FailedRequest
{
    /// <summary>The path that failed: the middleware has already moved the request to the error page's path.</summary>
    public static PathString Path(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } path ? new PathString(path) : context.Request.Path;
    }
}
