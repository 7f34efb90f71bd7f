using System.Text.RegularExpressions;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Register;

namespace Verksam.IntegrationTests.Features.Organisation;

/// <summary>
/// The change log names each thing as its users know it ("Klagomål nr 2024-009 ändrat"), shows long values in
/// full on request without JavaScript, and the indicator page's history lists only what changed, month by month.
/// </summary>
public abstract partial class AuditHeadlineTests(AppFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task TheChangeLog_NamesAMatterByItsKindAndNumber_AndAnIndicatorAndAGoalByTheirNames()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        var matterId = Guid.NewGuid();
        await WithDbAsync(async db =>
        {
            db.Matters.Add(new Matter { Id = matterId, OrgUnitId = unit.Id, Kind = MatterKind.Complaint, ReceivedOn = new DateOnly(2024, 10, 1), NumberYear = 2024, Number = 9, Description = "Testärende.", Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        });
        await WithDbAsync(async db =>
        {
            var matter = await db.Matters.FindAsync(matterId);
            matter!.Status = MatterStatus.Closed;
            matter.FeedbackGiven = true;
            matter.FeedbackOn = new DateOnly(2024, 10, 21);
            matter.FeedbackForm = FeedbackForm.Phone;
            await db.SaveChangesAsync();
        });
        await Data.CreateIndicatorAsync(unit, "Andel domar enligt myndighetens förslag", null);
        await Data.CreateGoalAsync(unit, GoalLevel.Unit, "Personer som har insatser ska vara nöjda", number: "1.3.2.1.1");
        await Data.CreateUserAsync("admin", isAdministrator: true);

        var log = await LogTextAsync(unit.Id);

        log.ShouldContain("Klagomål nr 2024-009 ändrat");
        log.ShouldContain("Klagomål nr 2024-009 skapat");
        log.ShouldContain("Status: Mottaget → Avslutat");
        log.ShouldContain("2024-10-21");
        log.ShouldContain("Indikator ”Andel domar enligt myndighetens förslag” skapad");
        log.ShouldContain("Mål 1.3.2.1.1 ”Personer som har insatser ska vara nöjda” skapat");
        log.ShouldNotContain("Matter");
        log.ShouldNotContain("Ändrad:", customMessage: "the headline names the thing, not only the action");
        log.ShouldNotContain("{");
        GuidPattern().IsMatch(log).ShouldBeFalse(log);
    }

    [Fact]
    public async Task ALongValueInTheChangeLog_IsShortened_WithTheWholeOfItInADetailsElement()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        var name = "Andel " + string.Join(' ', Enumerable.Repeat("brukare som svarar stämmer helt", 12)) + " slut";
        await Data.CreateIndicatorAsync(unit, name, null);
        await Data.CreateUserAsync("admin", isAdministrator: true);

        var page = await (await LoginAsync("admin")).GetAsync($"/organisation/{unit.Id}/logg");

        var details = page.Document.QuerySelectorAll("main table td[data-label='Ändringar'] details").ShouldHaveSingleItem();
        WebSession.Squash(details.QuerySelector("summary")!.TextContent).ShouldNotContain("slut");
        WebSession.Squash(details.TextContent).ShouldContain(name);
    }

    [Fact]
    public async Task TheIndicatorHistory_ListsOnlyChangedFields_MonthsInOrder_AndNoBraces()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        var indicator = await Data.CreateIndicatorAsync(unit, "Ärendemängd per vuxenhandläggare", null);
        var march = Guid.NewGuid();
        await WithDbAsync(async db =>
        {
            foreach (var (id, month, value) in new[] { (march, 3, 44m), (Guid.NewGuid(), 1, 51m), (Guid.NewGuid(), 2, 50m) })
            {
                db.Outcomes.Add(new Outcome { Id = id, IndicatorId = indicator.Id, OrgUnitId = unit.Id, Year = 2023, PeriodKind = Verksam.Web.Domain.Periods.PeriodKind.Month, StartMonth = month, EndMonth = month, Value = value, Version = Guid.NewGuid() });
            }

            await db.SaveChangesAsync();
        });
        await Data.CreateUserAsync("admin", isAdministrator: true);

        var page = await (await LoginAsync("admin")).GetAsync($"/indikatorer/{indicator.Id}");
        var rows = page.Document.QuerySelectorAll("main table.audit-log tbody tr").Select(r => WebSession.Squash(r.TextContent)).ToList();

        rows.Count.ShouldBe(3);
        rows[0].ShouldContain("Utfall Jan 2023 skapat");
        rows[1].ShouldContain("Utfall Feb 2023 skapat");
        rows[2].ShouldContain("Utfall Mars 2023 skapat");
        rows[2].ShouldContain("Värde: – → 44");
        string.Concat(rows).ShouldNotContain("{");
        string.Concat(rows).ShouldNotContain("Män/pojkar", customMessage: "a field that stayed empty did not change");
        string.Concat(rows).ShouldNotContain("Svar:", customMessage: "no answers were given");
    }

    private async Task<string> LogTextAsync(Guid unitId) =>
        WebSession.Squash((await (await LoginAsync("admin")).GetAsync($"/organisation/{unitId}/logg")).Document.QuerySelector("main table")!.TextContent);

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32}")]
    private static partial Regex GuidPattern();
}

public sealed class AuditHeadlineTests_Sqlite(SqliteFixture fixture) : AuditHeadlineTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuditHeadlineTests_PostgreSql(PostgresFixture fixture) : AuditHeadlineTests(fixture), IClassFixture<PostgresFixture>;
