using Quartz;

namespace Verksam.Web.Features.Start;

/// <summary>Each morning, on the job store: the day's reminders. One run at a time across instances.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(ReminderService reminders, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("daily-reminders", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.RunAsync(Shared.Text.LocalTime.Today(time), cancellationToken);
}
