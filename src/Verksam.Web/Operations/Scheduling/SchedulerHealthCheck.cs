using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Verksam.Web.Operations.Scheduling;

/// <summary>
/// Part of the readiness probe where this instance runs scheduled work: healthy while its scheduler runs on the job
/// store, so that an instance whose mail and reminders have stopped is taken out rather than left silent.
/// </summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.GetStatus(cancellationToken) switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy("Schemaläggningen kör.", new Dictionary<string, object> { ["instance"] = scheduler.SchedulerInstanceId }),
            SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown => HealthCheckResult.Unhealthy("Schemaläggningen har stannat: inga utskick eller påminnelser körs."),
            _ => HealthCheckResult.Unhealthy("Schemaläggningen har inte startat eller är pausad."),
        };
    }
}
