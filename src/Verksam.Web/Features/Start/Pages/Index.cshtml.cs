using Verksam.Web.Features.Notifications;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Start.Pages;

/// <summary>The start page every user lands on: what is due now, and for a level above, how its units stand.</summary>
public sealed class IndexModel(StartService start, NotificationService notifications, TimeProvider time) : VerksamPageModel
{
    /// <summary>The unread notifications shown here; the rest are on Aviseringar.</summary>
    public const int UnreadShown = 5;

    public StartPage Start { get; private set; } = null!;

    public IReadOnlyList<Notification> Unread { get; private set; } = [];

    public int UnreadCount { get; private set; }

    public async Task OnGetAsync()
    {
        Start = await start.BuildAsync(LocalTime.Today(time), time.GetUtcNow().UtcDateTime);
        Unread = await notifications.UnreadAsync(UnreadShown);
        UnreadCount = Unread.Count < UnreadShown ? Unread.Count : await notifications.UnreadCountAsync();
    }
}
