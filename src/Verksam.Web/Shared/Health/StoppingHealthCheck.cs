using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Verksam.Web.Shared.Health;

/// <summary>
/// Unhealthy from the moment the instance begins to stop: the load balancer's readiness probe then sends no new
/// requests here while the requests under way are finished (a rolling restart drains, it does not cut).
/// </summary>
public sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Instansen stängs av och tar inte emot nya anrop.")
            : HealthCheckResult.Healthy("Instansen tar emot anrop."));
}
