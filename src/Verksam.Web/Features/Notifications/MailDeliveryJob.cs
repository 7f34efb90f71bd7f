using Quartz;

namespace Verksam.Web.Features.Notifications;

/// <summary>Every minute, on the job store: delivers the mail waiting in the outbox. One run at a time across instances.</summary>
[DisallowConcurrentExecution]
public sealed class MailDeliveryJob(MailDelivery delivery, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("mail-delivery", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await delivery.DeliverDueAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
}
