using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Verksam.Web.Shared.Security;

/// <summary>Turns a service's access refusal into 404 (the unit is not the user's to know of) or 403 on every page.</summary>
public sealed class AccessDeniedPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is UnitAccessDeniedException denied && !executed.ExceptionHandled)
        {
            executed.Result = denied.Outcome == UnitAccessOutcome.NotFound ? new NotFoundResult() : new ForbidResult();
            executed.ExceptionHandled = true;
        }
    }
}

/// <summary>The same for the API: 404 or 403, never a stack trace.</summary>
public sealed class AccessDeniedEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (UnitAccessDeniedException denied)
        {
            return denied.Outcome == UnitAccessOutcome.NotFound ? Results.NotFound() : Results.Forbid();
        }
    }
}
