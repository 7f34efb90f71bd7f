using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Security;

/// <summary>
/// An API request whose parameters cannot be read (<c>?year=abc</c>) answers 400 with a problem description in Swedish
/// that names the parameter, instead of an error page.
/// </summary>
public sealed partial class ApiBadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad || !FailedRequest.Path(httpContext).StartsWithSegments("/api"))
        {
            return false;
        }

        await TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: Texts.Api_BadRequest_Title, detail: Describe(bad.Message)).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The framework's English reason in Swedish, naming the parameter: it never repeats the value that was sent.</summary>
    public static string Describe(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var parameter = Parameter().Match(reason);
        if (!parameter.Success)
        {
            return Texts.Api_BadRequest_Unreadable;
        }

        var name = parameter.Groups["name"].Value;
        if (reason.Contains("not provided", StringComparison.Ordinal))
        {
            return string.Format(CultureInfo.CurrentCulture, Texts.Api_BadRequest_Missing, name);
        }

        var type = parameter.Groups["type"].Value.TrimEnd('?');
        var expected = type switch
        {
            "int" or "long" or "short" => Texts.Api_BadRequest_Integer,
            "decimal" or "double" or "float" => Texts.Api_BadRequest_Number,
            "Guid" => Texts.Api_BadRequest_Guid,
            "DateOnly" or "DateTime" or "DateTimeOffset" => Texts.Api_BadRequest_Date,
            "bool" => Texts.Api_BadRequest_Bool,
            _ => Texts.Api_BadRequest_Value,
        };
        return string.Format(CultureInfo.CurrentCulture, Texts.Api_BadRequest_Invalid, name, expected);
    }

    [GeneratedRegex("parameter \"(?<type>[^\" ]+) (?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex Parameter();
}
