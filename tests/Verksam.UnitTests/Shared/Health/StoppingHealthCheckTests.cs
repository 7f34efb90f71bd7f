using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Verksam.Web.Shared.Health;

namespace Verksam.UnitTests.Shared.Health;

public sealed class StoppingHealthCheckTests
{
    [Fact]
    public async Task AnInstanceThatBeginsToStop_IsNoLongerReady_SoTheLoadBalancerSendsItNothingNew()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var check = new StoppingHealthCheck(lifetime);

        (await check.CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Healthy);
        lifetime.StopApplication();
        var stopping = await check.CheckHealthAsync(new HealthCheckContext());

        stopping.Status.ShouldBe(HealthStatus.Unhealthy);
        stopping.Description.ShouldBe("Instansen stängs av och tar inte emot nya anrop.");
    }
}
