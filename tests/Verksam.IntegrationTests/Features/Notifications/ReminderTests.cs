using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Notifications;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;
using Verksam.Web.Features.Start;

namespace Verksam.IntegrationTests.Features.Notifications;

/// <summary>
/// The daily reminders come from the start page's to-do rules, worked out with each user's own grants: a report due
/// within the municipality's days or overdue goes to its writers; a Lex Sarah report awaiting its decision to those who
/// handle the register — not a reader without the register, not another unit's. A second run adds nothing.
/// </summary>
public abstract class ReminderTests(AppFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Reminders_GoToThoseGrantedOnly_AtTheRightDay_AndASecondRunAddsNothing()
    {
        var municipality = await Data.CreateUnitAsync("Kommunen");
        var unit = await Data.CreateUnitAsync("Enheten", OrgUnitKind.Unit, municipality);
        var other = await Data.CreateUnitAsync("Andra enheten", OrgUnitKind.Unit, municipality);
        await WithDbAsync(async db =>
        {
            foreach (var u in await db.OrgUnits.Where(u => u.Id == unit.Id || u.Id == other.Id).ToListAsync())
            {
                u.ReportFrom(new DateOnly(2026, 10, 1));
            }

            await db.SaveChangesAsync();
        });
        var manager = await Data.CreateUserAsync("chefen", false, (unit, AccessLevel.Edit));
        var reader = await Data.CreateUserAsync("lasaren", false, (municipality, AccessLevel.Read));
        var quality = await Data.CreateUserAsync("kvaliteten", false);
        var elsewhere = await Data.CreateUserAsync("andra", false, (other, AccessLevel.Edit));
        var admin = await Data.CreateUserAsync("admin", true, (other, AccessLevel.Edit));
        await WithDbAsync(async db =>
        {
            db.AccessGrants.Add(AccessGrant.Create(quality.Id, municipality.Id, AccessLevel.Read, DateTime.UtcNow, includesRegister: true));
            db.Matters.Add(new Matter { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Kind = MatterKind.LexSarah, ReceivedOn = new DateOnly(2026, 10, 1), NumberYear = 2026, Number = 7, Description = "Brukaren föll", Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        });

        await RemindAsync(new DateOnly(2026, 11, 4));
        (await KindsOfAsync(manager)).ShouldNotContain(NotificationKind.ReportDueSoon, "six days before the 10th is outside the default five");

        await RemindAsync(new DateOnly(2026, 11, 5));
        (await KindsOfAsync(manager)).ShouldBe([NotificationKind.ReportDueSoon, NotificationKind.MatterOverdue, NotificationKind.LexAwaitingDecision]);
        (await KindsOfAsync(quality)).ShouldBe([NotificationKind.MatterOverdue, NotificationKind.LexAwaitingDecision]);
        (await KindsOfAsync(elsewhere)).ShouldBe([NotificationKind.ReportDueSoon]);
        (await KindsOfAsync(reader)).ShouldBeEmpty("a reader without the register is told of no matter, and writes no report");
        (await KindsOfAsync(admin)).ShouldBe([NotificationKind.ReportDueSoon], "an administrator sees every unit but is told of the one granted");
        (await WithDbAsync(db => db.Notifications.CountAsync(n => n.OrgUnitId == unit.Id && n.UserId != manager.Id && n.UserId != quality.Id))).ShouldBe(0);
        var lex = await WithDbAsync(db => db.Notifications.FirstAsync(n => n.UserId == manager.Id && n.Kind == NotificationKind.LexAwaitingDecision));
        lex.Subject.ShouldBe("Lex Sarah nr 2026-007 vid Enheten väntar på beslut om den är allvarlig");
        lex.Subject.ShouldNotContain("föll");
        var count = await WithDbAsync(db => db.Notifications.CountAsync());

        await RemindAsync(new DateOnly(2026, 11, 5));
        (await WithDbAsync(db => db.Notifications.CountAsync())).ShouldBe(count);

        await RemindAsync(new DateOnly(2026, 11, 11));
        (await KindsOfAsync(manager)).ShouldContain(NotificationKind.ReportOverdue);
    }

    [Fact]
    public async Task EveryScheduledEvent_GoesToTheUnitsWriters_TheLexOnesAlsoToTheRegister_AndToNoOneElse()
    {
        var municipality = await Data.CreateUnitAsync("Kommunen");
        var unit = await Data.CreateUnitAsync("Enheten", OrgUnitKind.Unit, municipality);
        var other = await Data.CreateUnitAsync("Andra enheten", OrgUnitKind.Unit, municipality);
        var manager = await Data.CreateUserAsync("chefen", false, (unit, AccessLevel.Edit));
        var reader = await Data.CreateUserAsync("lasaren", false, (municipality, AccessLevel.Read));
        var quality = await Data.CreateUserAsync("kvaliteten", false);
        var elsewhere = await Data.CreateUserAsync("andra", false, (other, AccessLevel.Edit));
        var goal = await Data.CreateGoalAsync(unit, Verksam.Web.Features.Goals.GoalLevel.Unit, "Enhetsmålet", year: 2026);
        await WithDbAsync(async db =>
        {
            db.AccessGrants.Add(AccessGrant.Create(quality.Id, municipality.Id, AccessLevel.Read, DateTime.UtcNow, includesRegister: true));
            // Judged serious on 1 October and not notified to IVO by 20 November.
            db.Matters.Add(new Matter { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Kind = MatterKind.LexMaria, ReceivedOn = new DateOnly(2026, 9, 20), NumberYear = 2026, Number = 3, Description = "Fel läkemedel", Status = MatterStatus.Investigating, Decision = SeriousnessDecision.Serious, DecidedOn = new DateOnly(2026, 10, 1), Version = Guid.NewGuid() });
            db.Risks.Add(new Verksam.Web.Features.Risks.Risk { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Year = 2026, Description = "Fall", Likelihood = 5, Consequence = 4, SortOrder = 1, Version = Guid.NewGuid() });
            db.WheelActivities.Add(new Verksam.Web.Features.AnnualWheel.WheelActivity { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Year = 2026, Timing = Verksam.Web.Features.AnnualWheel.WheelTiming.Month, Month = 11, Title = "Brandövning", SortOrder = 1, Version = Guid.NewGuid() });
            db.Activities.Add(new Verksam.Web.Features.Goals.Activity { Id = Guid.NewGuid(), GoalId = goal.Id, OrgUnitId = unit.Id, Title = "Ny rutin för nyckelhantering", EndDate = new DateOnly(2026, 11, 1), Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        });

        await RemindAsync(new DateOnly(2026, 11, 20));

        NotificationKind[] scheduled = [NotificationKind.MatterOverdue, NotificationKind.LexAwaitingIvo, NotificationKind.RiskNotFollowedUp, NotificationKind.WheelActivitiesThisMonth, NotificationKind.ActivityPastEnd];
        (await KindsOfAsync(manager)).ShouldBe([.. scheduled.Prepend(NotificationKind.ReportOverdue)], ignoreOrder: true);
        (await KindsOfAsync(quality)).ShouldBe([NotificationKind.MatterOverdue, NotificationKind.LexAwaitingIvo], ignoreOrder: true);
        (await KindsOfAsync(reader)).ShouldBeEmpty();
        (await KindsOfAsync(elsewhere)).ShouldNotContain(k => scheduled.Contains(k));
        var subjects = await WithDbAsync(db => db.Notifications.Where(n => n.UserId == manager.Id && n.Kind != NotificationKind.ReportOverdue).ToDictionaryAsync(n => n.Kind, n => n.Subject));
        subjects[NotificationKind.LexAwaitingIvo].ShouldBe("Lex Maria nr 2026-003 vid Enheten är bedömd som allvarlig och har inte anmälts till IVO");
        subjects[NotificationKind.RiskNotFollowedUp].ShouldBe("1 risk vid Enheten är inte uppföljd för T2 2026");
        subjects[NotificationKind.WheelActivitiesThisMonth].ShouldBe("1 aktivitet i årshjulet för Enheten ska göras i november 2026");
        subjects[NotificationKind.ActivityPastEnd].ShouldBe("Aktiviteten ”Ny rutin för nyckelhantering” vid Enheten skulle vara klar 1 november 2026 och saknar avvikelse");
    }

    [Fact]
    public async Task DaysBeforeDue_SetByTheAdministratorForTheMunicipality_MovesTheReminder_AndNonsenseIsRefused()
    {
        var municipality = await Data.CreateUnitAsync("Kommunen");
        var unit = await Data.CreateUnitAsync("Enheten", OrgUnitKind.Unit, municipality);
        await WithDbAsync(async db =>
        {
            (await db.OrgUnits.SingleAsync(u => u.Id == unit.Id)).ReportFrom(new DateOnly(2026, 10, 1));
            await db.SaveChangesAsync();
        });
        var manager = await Data.CreateUserAsync("chefen", false, (unit, AccessLevel.Edit));
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var admin = await LoginAsync("admin");
        var form = new Dictionary<string, string> { ["Input.Rule"] = "WorstColour", ["Input.ReportDueDay"] = "10", ["Input.UsesMonthlyReports"] = "true", ["Input.UsesTertialReports"] = "true", ["Input.UsesAnnualReport"] = "true" };
        var path = Verksam.Web.Shared.Links.Link.MunicipalityRule(municipality.Id);

        var refused = await admin.SubmitAsync(path, new Dictionary<string, string>(form) { ["Input.NotifyDaysBeforeDue"] = "en vecka" });
        refused.ErrorMessages.ShouldBe(["Skriv antal dagar från 0 till 28 för påminnelsen före sista dag."]);
        (await admin.SubmitAsync(path, new Dictionary<string, string>(form) { ["Input.NotifyDaysBeforeDue"] = "7" })).Status.ShouldBe(System.Net.HttpStatusCode.Redirect);
        await RemindAsync(new DateOnly(2026, 11, 3));

        (await KindsOfAsync(manager)).ShouldBe([NotificationKind.ReportDueSoon], "seven days before the 10th, as the municipality chose");
    }

    private async Task RemindAsync(DateOnly today)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderService>().RunAsync(today);
    }

    private Task<List<NotificationKind>> KindsOfAsync(VerksamUser user) =>
        WithDbAsync(db => db.Notifications.Where(n => n.UserId == user.Id).Select(n => n.Kind).Distinct().OrderBy(k => k).ToListAsync());
}

public sealed class ReminderTests_Sqlite(SqliteFixture fixture) : ReminderTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReminderTests_PostgreSql(PostgresFixture fixture) : ReminderTests(fixture), IClassFixture<PostgresFixture>;
