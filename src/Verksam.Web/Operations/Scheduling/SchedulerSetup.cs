using Quartz;
using Verksam.Web.Data;
using Verksam.Web.Features.Notifications;
using Verksam.Web.Features.Start;

namespace Verksam.Web.Operations.Scheduling;

/// <summary>
/// Scheduled work on Quartz.NET with its persistent job store in Verksam's own database (tables from the JobStore
/// migration): the mail delivery each minute, the reminders each morning and the old login counts each hour. On PostgreSQL the instances form a
/// cluster, so that two of them never run one job at once; SQLite serves one instance. "Scheduling:Enabled" false
/// leaves the scheduler out (the integration tests run the work directly).
/// </summary>
public static class SchedulerSetup
{
    public const string InstanceName = "Verksam";

    public static IServiceCollection AddVerksamScheduler(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue("Scheduling:Enabled", true))
        {
            return services;
        }

        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = DatabaseSetup.ResolveConnectionString(options, configuration.GetConnectionString(DatabaseSetup.ConnectionStringName), environment.ContentRootPath);
        var reminderHour = configuration.GetValue("Scheduling:ReminderHour", 6);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = InstanceName;
                s.GenerateInstanceId = options.Provider == DatabaseProvider.PostgreSql;
            });
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(s => s.StoreJobDataAsStrings = true);
                if (options.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(connectionString);
                }

                store.UseSystemTextJsonSerializer();
            });
            q.AddJob<MailDeliveryJob>(j => j.WithIdentity(MailDeliveryJob.Key));
            q.AddTrigger(t => t.ForJob(MailDeliveryJob.Key).WithIdentity("mail-delivery-each-minute", "notifications")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<Features.Accounts.LoginThrottleCleanupJob>(j => j.WithIdentity(Features.Accounts.LoginThrottleCleanupJob.Key));
            q.AddTrigger(t => t.ForJob(Features.Accounts.LoginThrottleCleanupJob.Key).WithIdentity("login-throttles-each-hour", "accounts")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<ReminderJob>(j => j.WithIdentity(ReminderJob.Key));
            q.AddTrigger(t => t.ForJob(ReminderJob.Key).WithIdentity("daily-reminders-each-morning", "notifications")
                .WithCronSchedule($"0 0 {reminderHour} * * ?", c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: [VerksamApp.ReadyTag]);
        return services;
    }
}
