using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.FollowUp;

/// <summary>The batch export as the host runs it: outside any request, as the person who started it, and stopping with the app.</summary>
public abstract class BatchExportTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly Period Year2024 = Period.WholeYear(2024);

    [Fact]
    public async Task Export_StartedOutsideARequest_RunsWithTheStartersAccess()
    {
        await DemoAsync("lasare");
        var reader = await PrincipalAsync(Factory.Services, "lasare");

        var job = await Factory.Services.GetRequiredService<BatchExport>().RunToEndAsync(DemoData.Stockholm, Year2024, ExportFormat.Word, reader);

        job.State.ShouldBe(BatchState.Done);
        job.Done.ShouldBe(1);
        job.Units.Select(u => u.Name).ShouldBe(["Beställarenheten för funktionsnedsättning"]);
        File.Exists(job.File).ShouldBeTrue();
        File.Delete(job.File!);
    }

    [Fact]
    public async Task StoppingTheApp_EndsEveryQueuedAndRunningExport_AndLeavesNoFileOfAFailedOne()
    {
        await DemoAsync("lasare");
        var factory = Factory.WithWebHostBuilder(_ => { });
        var reader = await PrincipalAsync(factory.Services, "lasare");
        var batches = factory.Services.GetRequiredService<BatchExport>();
        var jobs = new List<BatchJob>();
        for (var i = 0; i < 10; i++)
        {
            jobs.Add(await batches.StartAsync(DemoData.Stockholm, Year2024, ExportFormat.Word, reader));
        }

        await factory.DisposeAsync();

        await Task.WhenAll(jobs.Select(j => j.Completion)).WaitAsync(TimeSpan.FromSeconds(30));
        // Ten exports run one after the other; the app stops as the last is queued, so it at least was cut short.
        jobs[^1].State.ShouldBe(BatchState.Failed);
        foreach (var job in jobs)
        {
            job.State.ShouldBeOneOf(BatchState.Done, BatchState.Failed);
            if (job.State == BatchState.Failed)
            {
                job.File.ShouldBeNull();
                File.Exists(Path.Combine(Path.GetTempPath(), $"verksam-export-{job.Id:N}.zip")).ShouldBeFalse();
            }
            else
            {
                File.Delete(job.File!);
            }
        }
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<VerksamUser>>().FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<VerksamUser>>().CreateAsync(user);
    }
}

public sealed class BatchExportTests_Sqlite(SqliteFixture fixture) : BatchExportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class BatchExportTests_PostgreSql(PostgresFixture fixture) : BatchExportTests(fixture), IClassFixture<PostgresFixture>;
