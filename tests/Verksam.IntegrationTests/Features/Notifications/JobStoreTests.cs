using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Notifications;
using Verksam.Web.Features.Start;

namespace Verksam.IntegrationTests.Features.Notifications;

/// <summary>
/// Quartz.NET runs on its persistent job store in Verksam's own database, on both providers: the jobs and triggers are
/// rows in the migrated qrtz_ tables, and the mail job fired twice over the same outbox sends each mail once.
/// </summary>
public abstract class JobStoreTests(MailFixture mail) : IntegrationTest(mail)
{
    [Fact]
    public async Task MailJob_FiredTwiceOnThePersistentStore_SendsTheMailOnce()
    {
        var unit = await Data.CreateUnitAsync("Kommunen");
        var user = await Data.CreateUserAsync("mottagaren", false, (unit, Verksam.Web.Features.Organisation.AccessLevel.Read));
        await WithDbAsync(async db =>
        {
            var account = await db.Users.SingleAsync(u => u.Id == user.Id);
            account.Email = "mottagaren@kommun.example";
            db.Notifications.Add(new Notification { Id = Guid.NewGuid(), UserId = user.Id, OrgUnitId = unit.Id, Kind = NotificationKind.ReportApproved, Subject = "Månadsrapport oktober 2023 för Kommunen har godkänts", Link = "/", Key = "test", CreatedAt = DateTime.UtcNow, Mail = MailState.Pending });
            await db.SaveChangesAsync();
        });
        mail.Clear();
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        (await scheduler.GetJobDetail(MailDeliveryJob.Key)).ShouldNotBeNull();
        (await scheduler.GetJobDetail(ReminderJob.Key)).ShouldNotBeNull();
        (await StoredJobsAsync()).ShouldBeGreaterThanOrEqualTo(2);
        await scheduler.TriggerJob(MailDeliveryJob.Key);
        await scheduler.TriggerJob(MailDeliveryJob.Key);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await WithDbAsync(db => db.Notifications.AnyAsync(n => n.Mail != MailState.Sent)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        // Both firings have had their time; the second found nothing left to send.
        await Task.Delay(1500);
        mail.Received.Count.ShouldBe(1);
        (await WithDbAsync(db => db.MailLog.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task LoginThrottleCleanup_OnTheStore_RemovesOnlyCountsOlderThanADay()
    {
        var now = DateTime.UtcNow;
        await WithDbAsync(async db =>
        {
            db.LoginThrottles.Add(new LoginThrottle { Key = "OLD|192.0.2.1", Failures = 3, LastFailureAt = now.AddDays(-2) });
            db.LoginThrottles.Add(new LoginThrottle { Key = "NEW|192.0.2.1", Failures = 3, LastFailureAt = now.AddHours(-2) });
            await db.SaveChangesAsync();
        });
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await scheduler.GetTriggersOfJob(LoginThrottleCleanupJob.Key)).ShouldHaveSingleItem();

        await scheduler.TriggerJob(LoginThrottleCleanupJob.Key);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await WithDbAsync(db => db.LoginThrottles.AnyAsync(t => t.Key == "OLD|192.0.2.1")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        (await WithDbAsync(db => db.LoginThrottles.Select(t => t.Key).ToListAsync())).ShouldBe(["NEW|192.0.2.1"]);
    }

    [Fact]
    public async Task TheReadinessProbe_AsksTheScheduler_AndAnInstanceWhoseSchedulerIsPausedIsNotReady()
    {
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var admin = await LoginAsync("admin");
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var running = await admin.Client.GetAsync("/health/ready");
        (await running.Content.ReadAsStringAsync()).ShouldContain("\"scheduler\":{\"status\":\"Healthy\"");
        running.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await scheduler.Standby();
        try
        {
            var paused = await admin.Client.GetAsync("/health/ready");
            paused.StatusCode.ShouldBe(System.Net.HttpStatusCode.ServiceUnavailable);
            (await paused.Content.ReadAsStringAsync()).ShouldContain("\"scheduler\":{\"status\":\"Unhealthy\"");
            (await admin.Client.GetAsync("/health/live")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, "the process still answers");
        }
        finally
        {
            await scheduler.Start();
        }
    }

    /// <summary>The job store's own rows, read with SQL: the jobs Verksam registered are in its database.</summary>
    private Task<int> StoredJobsAsync() => WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM qrtz_job_details").SingleAsync());
}

public sealed class JobStoreTests_Sqlite(SqliteSchedulerFixture fixture) : JobStoreTests(fixture), IClassFixture<SqliteSchedulerFixture>;

public sealed class JobStoreTests_PostgreSql(PostgresSchedulerFixture fixture) : JobStoreTests(fixture), IClassFixture<PostgresSchedulerFixture>;
