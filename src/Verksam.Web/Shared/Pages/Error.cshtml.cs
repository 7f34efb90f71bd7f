using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Verksam.Web.Shared.Pages;

/// <summary>What a user sees when something fails: a reference id to give support, never a stack trace. The log has the rest under the same id.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed partial class ErrorModel(ILogger<ErrorModel> logger) : VerksamPageModel
{
    public string ReferenceId { get; private set; } = string.Empty;

    public void OnGet() => Handle();

    public void OnPost() => Handle();

    private void Handle()
    {
        ReferenceId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature?.Error is { } error)
        {
            LogFailure(logger, ReferenceId, error);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error, reference {ReferenceId}")]
    private static partial void LogFailure(ILogger logger, string referenceId, Exception exception);
}
