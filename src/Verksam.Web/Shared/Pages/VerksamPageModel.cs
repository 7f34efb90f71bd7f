using Microsoft.AspNetCore.Mvc.RazorPages;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Shared.Pages;

/// <summary>What every page model shares: turning a service's refusal into messages on the form.</summary>
public abstract class VerksamPageModel : PageModel
{
    /// <summary>Shown at the top of the next page after a redirect (post/redirect/get).</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Confirmation { get; set; }

    /// <summary>Adds each message to the form; a service field name becomes the form's key under <paramref name="prefix"/>.</summary>
    protected void AddErrors(ValidationException exception, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? string.Empty : string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            ModelState.AddModelError(key, error.Message);
        }
    }

    protected void AddError(string message) => ModelState.AddModelError(string.Empty, message);
}
