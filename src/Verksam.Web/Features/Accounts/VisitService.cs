using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;

namespace Verksam.Web.Features.Accounts;

/// <summary>
/// A user's visits to the start page, so it can say what changed since the last one. Requests less than
/// <see cref="Gap"/> apart are one visit: reloading the page does not empty its list. Written straight to the users'
/// table, not through the change log: opening a page changes nothing a user owns.
/// </summary>
public sealed class VisitService(VerksamDbContext db)
{
    /// <summary>The pause after which the next request starts a new visit.</summary>
    public static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);

    /// <summary>Records a request at <paramref name="now"/> and returns the moment this visit compares with; null on a first visit.</summary>
    public async Task<DateTime?> RecordAsync(string userId, DateTime now, CancellationToken cancellationToken = default)
    {
        var newVisitBefore = now - Gap;
        // One statement: a new visit keeps the end of the previous one as the moment to compare with.
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.ChangesSince, u => u.LastSeenAt == null || u.LastSeenAt < newVisitBefore ? u.LastSeenAt : u.ChangesSince).SetProperty(u => u.LastSeenAt, now),
            cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.ChangesSince).FirstOrDefaultAsync(cancellationToken);
    }
}
