using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Notifications;

/// <summary>
/// Writes notifications into the caller's unit of work (the outbox: they are saved with the change they tell of, by
/// the caller's SaveChanges), and reads the signed-in user's own. No one reads another user's notifications.
/// </summary>
public sealed class NotificationService(VerksamDbContext db, GrantHolders holders, UserDirectory users, CurrentUser user, TimeProvider time) : Shared.Layout.IUnreadNotifications
{
    /// <summary>The most the list shows; older ones stay in the database.</summary>
    public const int PageSize = 100;

    /// <summary>Tells the unit's approvers (but <paramref name="exceptUserId"/>, who acted) of <paramref name="notice"/> in the caller's next save.</summary>
    public async Task NotifyApproversAsync(OrgUnit unit, Notice notice, string? exceptUserId, CancellationToken cancellationToken = default) =>
        await AddAsync(notice, (await holders.ApproversAsync(unit, cancellationToken)).Where(id => id != exceptUserId).ToList(), cancellationToken);

    /// <summary>Tells those who write the unit's work (but <paramref name="exceptUserId"/>) of <paramref name="notice"/> in the caller's next save.</summary>
    public async Task NotifyWritersAsync(OrgUnit unit, Notice notice, string? exceptUserId, CancellationToken cancellationToken = default) =>
        await AddAsync(notice, (await holders.WritersAsync(unit, cancellationToken)).Where(id => id != exceptUserId).ToList(), cancellationToken);

    /// <summary>
    /// Adds the notice for each user who has not had it (same key), with mail queued where the user has an address
    /// and has not chosen "never" for its kind. Nothing is saved here: the caller's save carries the rows.
    /// </summary>
    public async Task AddAsync(Notice notice, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count == 0)
        {
            return;
        }

        var had = await db.Notifications.AsNoTracking().Where(n => n.Key == notice.Key && userIds.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added && e.Entity.Key == notice.Key).Select(e => e.Entity.UserId);
        var skip = had.Concat(pending).ToHashSet(StringComparer.Ordinal);
        var contacts = await users.ContactsAsync(userIds, cancellationToken);
        var never = await db.NotificationPreferences.AsNoTracking()
            .Where(p => userIds.Contains(p.UserId) && p.Kind == notice.Kind && p.Choice == MailChoice.Never).Select(p => p.UserId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var id in userIds.Distinct(StringComparer.Ordinal).Where(id => !skip.Contains(id)))
        {
            if (!contacts.TryGetValue(id, out var contact) || contact.IsDisabled)
            {
                continue;
            }

            var mail = contact.Email is not null && !never.Contains(id) ? MailState.Pending : MailState.None;
            db.Notifications.Add(new Notification
            {
                Id = Guid.NewGuid(),
                UserId = id,
                Kind = notice.Kind,
                OrgUnitId = notice.OrgUnitId,
                Subject = Cut(notice.Subject, Notification.SubjectMaxLength),
                Comment = notice.Comment is null ? null : Cut(notice.Comment, Notification.CommentMaxLength),
                Link = notice.Link,
                Key = Cut(notice.Key, Notification.KeyMaxLength),
                CreatedAt = now,
                Mail = mail,
            });
        }
    }

    /// <summary>The signed-in user's notifications, newest first, and how many are unread.</summary>
    public async Task<NotificationList> MineAsync(CancellationToken cancellationToken = default)
    {
        var mine = Mine();
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Take(PageSize).ToListAsync(cancellationToken);
        return new NotificationList(items, await mine.CountAsync(n => n.ReadAt == null, cancellationToken), await mine.CountAsync(cancellationToken));
    }

    /// <summary>The signed-in user's unread notifications, newest first, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<Notification>> UnreadAsync(int take, CancellationToken cancellationToken = default) =>
        await Mine().Where(n => n.ReadAt == null).OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Take(take).ToListAsync(cancellationToken);

    public Task<int> UnreadCountAsync(CancellationToken cancellationToken = default) =>
        user.UserId is null ? Task.FromResult(0) : Mine().CountAsync(n => n.ReadAt == null, cancellationToken);

    /// <summary>Marks one of the signed-in user's notifications read, or all of them; another user's is never touched.</summary>
    public async Task MarkReadAsync(Guid? id, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var query = Mine().Where(n => n.ReadAt == null);
        if (id is { } one)
        {
            query = query.Where(n => n.Id == one);
        }

        await query.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private IQueryable<Notification> Mine()
    {
        var id = user.UserId ?? throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        return db.Notifications.AsNoTracking().Where(n => n.UserId == id);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

/// <summary>What to tell: its kind, the unit, the line shown, the link, and the key that makes it once per user.</summary>
public sealed record Notice(NotificationKind Kind, Guid OrgUnitId, string Subject, string Link, string Key, string? Comment = null);

public sealed record NotificationList(IReadOnlyList<Notification> Items, int Unread, int Total);
