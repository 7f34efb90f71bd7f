using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Notifications.Pages;

/// <summary>Aviseringar: the signed-in user's own notifications, newest first; read or unread, each a link to its thing.</summary>
public sealed class IndexModel(NotificationService notifications) : VerksamPageModel
{
    public NotificationList List { get; private set; } = null!;

    public async Task OnGetAsync() => List = await notifications.MineAsync();

    /// <summary>Marks one read (<paramref name="id"/>) or, without one, all of them; then back to the list.</summary>
    public async Task<IActionResult> OnPostReadAsync(Guid? id)
    {
        await notifications.MarkReadAsync(id);
        Confirmation = id is null ? Texts.Notifications_AllRead : Texts.Notifications_OneRead;
        return Redirect(Link.Notifications());
    }
}
