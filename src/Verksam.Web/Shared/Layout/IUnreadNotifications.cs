namespace Verksam.Web.Shared.Layout;

/// <summary>The header's count of the signed-in user's unread notifications, answered by the Notifications feature.</summary>
public interface IUnreadNotifications
{
    Task<int> UnreadCountAsync(CancellationToken cancellationToken = default);
}
