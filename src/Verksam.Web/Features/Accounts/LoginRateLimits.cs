using System.Globalization;
using System.Threading.RateLimiting;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Accounts;

/// <summary>
/// ASP.NET Core's rate limiter on the login form: a fixed number of attempts per minute for each client address and
/// for each user name (from every address together). Beyond it the answer is 429 with Retry-After, before the password
/// is even looked at. Each instance counts its own requests; the count that must hold across instances — failures
/// per user name and address — is kept in the database (<see cref="LoginService"/>).
/// </summary>
public static class LoginRateLimits
{
    public const string UserNameField = "Input.UserName";

    public static IServiceCollection AddLoginRateLimits(this IServiceCollection services, LoginLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLogin(context)
                    ? PerMinute("address:" + ClientAddressOf(context), limits.PerClientAddressPerMinute)
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLogin(context)
                    ? PerMinute("user:" + UserName(context), limits.PerUserNamePerMinute)
                    : RateLimitPartition.GetNoLimiter(string.Empty)));
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Reads the login form before the limiter asks for the user name, so the limiter itself never blocks on the body.</summary>
    public static IApplicationBuilder UseLoginRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsLogin(context) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    /// <summary>The client's address as the app sees it, after a trusted proxy's X-Forwarded-For; a word when there is none.</summary>
    public static string ClientAddressOf(HttpContext context) => ClientAddress.Of(context) ?? "okänd";

    private static bool IsLogin(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(Link.Login(), StringComparison.OrdinalIgnoreCase);

    private static string UserName(HttpContext context)
    {
        var name = context.Request.HasFormContentType ? context.Request.Form[UserNameField].ToString() : string.Empty;
        name = name.Trim().ToUpperInvariant();
        return name.Length > 200 ? name[..200] : name;
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
