using Microsoft.EntityFrameworkCore;
using Quartz;
using Verksam.Web.Data;

namespace Verksam.Web.Features.Accounts;

/// <summary>Each hour, on the job store: removes the failed-login counts nobody has added to for a day.</summary>
[DisallowConcurrentExecution]
public sealed class LoginThrottleCleanupJob(VerksamDbContext db, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("login-throttle-cleanup", "accounts");

    /// <summary>A count this old is of no use: its wait has long passed and a new failure starts afresh.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await RemoveStaleAsync(time.GetUtcNow().UtcDateTime, cancellationToken);

    public async Task<int> RemoveStaleAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var stale = now - KeptFor;
        return await db.LoginThrottles.Where(t => t.LastFailureAt < stale).ExecuteDeleteAsync(cancellationToken);
    }
}
