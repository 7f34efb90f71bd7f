using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Pages;

/// <summary>The Swedish page for 400, 403, 404, 429 and other status codes without a body of their own.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : VerksamPageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            StatusCodes.Status400BadRequest => (Texts.Status400_Title, Texts.Status400_Message),
            StatusCodes.Status403Forbidden => (Texts.Status403_Title, Texts.Status403_Message),
            StatusCodes.Status404NotFound => (Texts.Status404_Title, Texts.Status404_Message),
            StatusCodes.Status429TooManyRequests => (Texts.Status429_Title, Texts.Status429_Message),
            _ => (Texts.Error_Title, Texts.Error_Lead),
        };

        // Reached directly (not re-executed for another request), the page itself is found; keep the code it describes.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        }
    }
}
