using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Notifications;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Start;

/// <summary>
/// The daily reminders: for each user with a grant, their start page's to-do list (<see cref="StartService.ToDoAsync"/>,
/// the same rules, worked out with that user's own access) becomes notifications — a report due within the
/// municipality's days or overdue, a matter past its limit, a Lex report awaiting its decision or IVO, risks not
/// followed up, this month's annual wheel, an activity past its end. Each is keyed by user, thing and period, so a
/// second run the same day, or the next day for the same thing, adds nothing.
/// </summary>
public sealed partial class ReminderService(IServiceScopeFactory scopes, GrantHolders holders, ILogger<ReminderService> logger)
{
    /// <summary>Works out and saves every user's reminders for <paramref name="today"/>; returns how many were added.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var userId in await holders.GranteesAsync(cancellationToken))
        {
            try
            {
                added += await RunForAsync(userId, today, cancellationToken);
            }
            catch (DbUpdateException e)
            {
                // Another run (another instance) wrote the same reminders first: the unique key refused ours.
                LogRaced(logger, userId, e.Message);
            }
        }

        return added;
    }

    private async Task<int> RunForAsync(string userId, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().ActFor(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "reminders")));
        // Told of the units granted, as a to-do; an administrator's view of every unit is not a to-do of theirs.
        services.GetRequiredService<AccessService>().UseGrantsOnly();
        var todo = await services.GetRequiredService<StartService>().ToDoAsync(today, cancellationToken);
        var notifications = services.GetRequiredService<NotificationService>();
        var notices = Notices(todo, today).ToList();
        foreach (var notice in notices)
        {
            await notifications.AddAsync(notice, [userId], cancellationToken);
        }

        var db = services.GetRequiredService<VerksamDbContext>();
        var count = db.ChangeTracker.Entries<Notification>().Count(e => e.State == EntityState.Added);
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    internal static IEnumerable<Notice> Notices(ToDo todo, DateOnly today)
    {
        var culture = CultureInfo.CurrentCulture;
        foreach (var row in todo.ToWrite)
        {
            var title = FollowUpService.Title(row.Period);
            var link = Link.Report(row.Unit.Id, row.Period);
            if (row.DaysLeft < 0)
            {
                yield return new Notice(NotificationKind.ReportOverdue, row.Unit.Id, string.Format(culture, Texts.Notice_ReportOverdue, title, row.Unit.Name, Day(row.Due)), link, $"overdue:{row.Unit.Id:N}:{row.Period.Code}");
            }
            else if (row.DaysLeft <= todo.Settings[row.Unit.MunicipalityId].NotifyDaysBeforeDue)
            {
                yield return new Notice(NotificationKind.ReportDueSoon, row.Unit.Id, string.Format(culture, Texts.Notice_ReportDueSoon, title, row.Unit.Name, Day(row.Due)), link, $"due:{row.Unit.Id:N}:{row.Period.Code}");
            }
        }

        foreach (var flagged in todo.Matters)
        {
            var matter = flagged.Matter;
            var unit = todo.Units[matter.OrgUnitId];
            foreach (var flag in flagged.Kinds)
            {
                var (kind, format) = flag switch
                {
                    MatterAlert.AwaitingDecision => (NotificationKind.LexAwaitingDecision, Texts.Notice_LexAwaitingDecision),
                    MatterAlert.AwaitingIvo => (NotificationKind.LexAwaitingIvo, Texts.Notice_LexAwaitingIvo),
                    _ => (NotificationKind.MatterOverdue, Texts.Notice_MatterOverdue),
                };
                // The matter's kind and number, never its text: the link leads to it, behind the register's checks.
                yield return new Notice(kind, unit.Id, string.Format(culture, format, EnumText.Of(matter.Kind), matter.Reference, unit.Name), Link.Matter(unit.Id, matter.Id), $"{kind}:{matter.Id:N}");
            }
        }

        foreach (var risks in todo.UnmarkedRisks)
        {
            yield return new Notice(NotificationKind.RiskNotFollowedUp, risks.Unit.Id, Counted.Format(nameof(Texts.Notice_RiskNotFollowedUp), risks.Count, risks.Unit.Name, todo.RiskPeriod.Name),
                Link.RiskFollowUp(risks.Unit.Id, todo.RiskPeriod), $"risks:{risks.Unit.Id:N}:{todo.RiskPeriod.Code}");
        }

        foreach (var unit in todo.WheelThisMonth.GroupBy(a => a.OrgUnitId))
        {
            var month = Domain.Periods.Period.Month(today.Year, today.Month);
            yield return new Notice(NotificationKind.WheelActivitiesThisMonth, unit.Key, Counted.Format(nameof(Texts.Notice_WheelThisMonth), unit.Count(), todo.Units[unit.Key].Name, $"{Domain.Periods.Period.MonthName(today.Month)} {today.Year}"),
                Link.Wheel(unit.Key, today.Year), $"wheel:{unit.Key:N}:{month.Code}");
        }

        foreach (var activity in todo.LateActivities)
        {
            yield return new Notice(NotificationKind.ActivityPastEnd, activity.OrgUnitId, string.Format(culture, Texts.Notice_ActivityPastEnd, FollowUpService.ShortTitle(activity.Title), todo.Units[activity.OrgUnitId].Name, activity.EndDate is { } end ? Day(end) : string.Empty),
                Link.Activity(activity.Id), $"activity:{activity.Id:N}:{activity.EndDate:yyyy-MM-dd}");
        }
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for user {UserId} were already written by another run: {Message}")]
    private static partial void LogRaced(ILogger logger, string userId, string message);
}
