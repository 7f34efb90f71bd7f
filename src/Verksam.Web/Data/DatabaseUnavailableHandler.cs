using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Verksam.Web.Resources;

namespace Verksam.Web.Data;

/// <summary>
/// When the database cannot be reached even after the provider's retries (a restart that takes long, a network
/// failure), the answer is 503 with Retry-After and a Swedish page that needs no database to be shown, not an error
/// page: nothing was saved, and trying again shortly will work.
/// </summary>
public sealed partial class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 30;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsUnavailable(exception))
        {
            return false;
        }

        LogUnavailable(logger, exception);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (Shared.Security.FailedRequest.Path(httpContext).StartsWithSegments("/api"))
        {
            response.ContentType = "application/problem+json; charset=utf-8";
            await response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(new { status = 503, title = Texts.Database_Unavailable_Title, detail = Texts.Database_Unavailable_Message }), cancellationToken);
            return true;
        }

        response.ContentType = "text/html; charset=utf-8";
        var title = System.Net.WebUtility.HtmlEncode(Texts.Database_Unavailable_Title);
        var message = System.Net.WebUtility.HtmlEncode(Texts.Database_Unavailable_Message);
        await response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} – Verksam</title></head>"
            + $"<body><main><h1>{title}</h1><p>{message}</p></main></body></html>",
            cancellationToken);
        return true;
    }

    /// <summary>Whether the failure is the database being out of reach, rather than a fault in a query or in Verksam.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RetryLimitExceededException:
                case PostgresException pg when pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState == "53300":
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database could not be reached; answered 503")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
