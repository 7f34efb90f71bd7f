using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Shared.Pages;

/// <summary>What every page model shares: turning a service's refusal into messages on the form.</summary>
public abstract class VerksamPageModel : PageModel
{
    /// <summary>Shown at the top of the next page after a redirect (post/redirect/get).</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Confirmation { get; set; }

    /// <summary>
    /// Adds each message to the form; a service field name becomes the form's key under <paramref name="prefix"/>. A
    /// field whose typed value could not be read keeps that one message: the service saw it empty.
    /// </summary>
    protected void AddErrors(ValidationException exception, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? string.Empty : string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            if (key.Length > 0 && ModelState.TryGetValue(key, out var typed) && typed.Errors.Count > 0)
            {
                continue;
            }

            ModelState.AddModelError(key, error.Message);
        }
    }

    protected void AddError(string message) => ModelState.AddModelError(string.Empty, message);

    /// <summary>
    /// The one way a page saves: <paramref name="save"/> calls the service and redirects. When the service refuses,
    /// its messages go on the form, <paramref name="refused"/> loads what the form shows besides what was posted,
    /// and the page is shown again with everything the user typed.
    /// </summary>
    /// <param name="prefix">Where a service's field names sit on the form: "Input" makes "Title" the key "Input.Title".</param>
    /// <param name="onStale">
    /// What else the form needs when the save was based on an old version, after the message at the top: usually the
    /// stored version, so that saving again knowingly replaces what someone else saved meanwhile.
    /// </param>
    /// <param name="versioned">
    /// False for a form that carries no version (a new thing, a step in a list): a refusal for an old version is not
    /// expected there and is not turned into a message.
    /// </param>
    protected async Task<IActionResult> SaveAsync(
        Func<Task<IActionResult>> save,
        Func<Task>? refused = null,
        string prefix = "Input",
        Func<Task>? onStale = null,
        bool versioned = true)
    {
        ArgumentNullException.ThrowIfNull(save);
        try
        {
            return await save();
        }
        catch (ValidationException ex)
        {
            AddErrors(ex, prefix);
        }
        catch (StaleVersionException ex) when (versioned)
        {
            AddError(ex.Message);
            if (onStale is not null)
            {
                await onStale();
            }
        }

        if (refused is not null)
        {
            await refused();
        }

        return Page();
    }
}
