using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Shared.Text;

namespace Verksam.IntegrationTests.Features.Organisation;

/// <summary>The change log reads as Swedish about things a user knows: values in Swedish words, no ids, no English.</summary>
public abstract partial class AuditLogPageTests(AppFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task TheChangeLog_ShowsEnumsAndYesNoInSwedish_AndNoIds()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        await Data.CreateIndicatorAsync(unit, "Andel domar enligt myndighetens förslag", "Grönt över 85 % Gult: 50-84 % Rött: 0-49 %", measurement: MeasurementKind.Ratio, splitBySex: true);
        await Data.CreateUserAsync("admin", isAdministrator: true);

        var page = await (await LoginAsync("admin")).GetAsync($"/organisation/{unit.Id}/logg");
        var log = WebSession.Squash(page.Document.QuerySelector("main table")!.TextContent);

        log.ShouldContain(EnumText.Of(MeasurementKind.Ratio));
        log.ShouldNotContain("Ratio");
        log.ShouldNotContain("True");
        log.ShouldNotContain("False");
        log.ShouldNotContain(unit.Id.ToString(), customMessage: "an id means nothing to a reader");
        log.ShouldContain("Ja");
    }

    [Fact]
    public async Task TheChangeLog_ListsNeitherWhatItsHeadlineSays_NorAChangeThatReadsTheSameBeforeAndAfter()
    {
        var admin = await DemoAsync("administrator");

        var page = await admin.GetAsync($"/organisation/{Verksam.Web.Operations.Demo.DemoData.MyndighetLss}/logg");

        var lines = page.Document.QuerySelectorAll(".audit-changes li").Select(li => WebSession.Squash(li.TextContent)).ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldNotContain(l => l.StartsWith("Periodtyp:", StringComparison.Ordinal) || l.StartsWith("Första månad:", StringComparison.Ordinal) || l.StartsWith("Nummerår:", StringComparison.Ordinal), "the headline names the period and the matter's number");
        lines.ShouldNotContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^[^:]+: (.+) → \\1$"), "a change that reads the same before and after says nothing");
    }

    [Fact]
    public async Task TheDemosLog_SaysTheDemoActed_NamesEachThingOnce_AndListsNoFieldAUserNeverSees()
    {
        var admin = await DemoAsync("administrator");
        Guid[] units = [DemoData.Tyreso, DemoData.AldreOchOmsorgsforvaltningen, DemoData.MyndighetLss, DemoData.Stockholm, DemoData.Skarpnack, DemoData.SkarpnackAldreomsorg,
            DemoData.SkarpnackHemtjanst, DemoData.HagerstenAlvsjo, DemoData.Bestallarenheten, DemoData.Huddinge, DemoData.Socialnamnden, DemoData.IfoVuxna];
        var rows = new List<(string Who, string What, List<string> Changes)>();
        foreach (var unit in units)
        {
            var page = await admin.GetAsync($"/organisation/{unit}/logg");
            // Stacked on a narrow screen, a cell shows its label: an event without changes has no "Ändringar:" to show.
            page.Document.QuerySelectorAll("main table tbody td[data-label='Ändringar']").ShouldAllBe(td => td.QuerySelector(".audit-changes li") != null);
            rows.AddRange(page.Document.QuerySelectorAll("main table tbody tr").Select(tr => (
                WebSession.Squash(tr.Children[1].TextContent),
                WebSession.Squash(tr.Children[2].TextContent),
                tr.QuerySelectorAll(".audit-changes li").Select(li => WebSession.Squash(li.TextContent)).ToList())));
        }

        rows.Count.ShouldBeGreaterThan(100);
        rows.ShouldAllBe(r => r.Who == "Demodata (installation)", "the demo loaded what a fresh demo's log lists");
        rows.Select(r => r.What).Where(w => DoubledWord().IsMatch(w)).ShouldBeEmpty("no thing is named twice, as in \"av mål Mål 1.3\"");
        rows.Select(r => r.What).ShouldNotContain(w => w.Contains("””", StringComparison.Ordinal), "a thing without a title is named by its kind alone");
        rows.Select(r => r.What).ShouldContain(w => w.StartsWith("Bedömning T1 2023 av mål ”", StringComparison.Ordinal));
        var changes = rows.SelectMany(r => r.Changes).ToList();
        string[] unseen = ["Ordning:", "Senast ändrad:", "Demodata:", "Nivå i organisationen:", "ReportsFrom:", "Arkiverad: – → Nej", "Behöver ses över: – → Nej", "Bedöms inte: – → Nej"];
        changes.Where(c => unseen.Any(u => c.StartsWith(u, StringComparison.Ordinal))).Distinct().ShouldBeEmpty();
        changes.ShouldContain("Rapporterar från och med: – → 2023-01-01");
        changes.ShouldContain("Använder månadsrapporter: – → Nej", "a yes/no that differs from what a new one holds is a choice, and listed");
    }

    [Fact]
    public async Task ALongTitleInTheHeadline_IsShortened_WithTheWholeOneAWayOff()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        var title = "Andel brukare som upplever att personalen tar hänsyn till deras åsikter och önskemål om hur hjälpen ska utföras";
        await Data.CreateIndicatorAsync(unit, title, "G: 80-100% A: 50-79% R: 0-49%");
        await Data.CreateUserAsync("admin", isAdministrator: true);

        var page = await (await LoginAsync("admin")).GetAsync($"/organisation/{unit.Id}/logg");

        var cell = page.Document.QuerySelectorAll("main table tbody td[data-label='Vad']").Single(td => td.TextContent.Contains("Indikator", StringComparison.Ordinal));
        var summary = WebSession.Squash(cell.QuerySelector("details summary")!.TextContent);
        summary.ShouldStartWith($"Indikator ”{title[..80].TrimEnd()}…” skapad");
        summary.ShouldEndWith("Visa hela");
        WebSession.Squash(cell.QuerySelector("details p")!.TextContent).ShouldBe($"Indikator ”{title}” skapad");
    }

    [Fact]
    public async Task ASectionsLevel_ReadsAsItsWord_AndARefusedAccess_NamesTheThingInSmallLetters()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<Verksam.Web.Shared.Auditing.AuditLogService>();

        log.ValueText("ReportTemplateSection", "Level", "1").ShouldBe("Kapitel");
        log.ValueText("ReportTemplateSection", "Level", "2").ShouldBe("Underavsnitt");
        log.ValueText("ReportTemplateSection", "Level", "7").ShouldBe("7", "a level without a word keeps its number");
        Verksam.Web.Shared.Auditing.AuditWording.Headline(Verksam.Web.Shared.Auditing.AuditAction.AccessDenied, new("Enhet ”Myndighet LSS”", Verksam.Web.Shared.Auditing.AuditNoun.Common))
            .ShouldBe("Åtkomst nekad till enhet ”Myndighet LSS”");
        Verksam.Web.Shared.Auditing.AuditWording.Headline(Verksam.Web.Shared.Auditing.AuditAction.Updated, new("Enhet ”Myndighet LSS”", Verksam.Web.Shared.Auditing.AuditNoun.Common))
            .ShouldBe("Enhet ”Myndighet LSS” ändrad");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\p{L}+)\s+\1\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DoubledWord();

    [Fact]
    public async Task ADateInTheChangeLog_IsWrittenTheSwedishWay_EvenInRowsLoggedWithTheUsOrder()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        await WithDbAsync(async db =>
        {
            db.AuditEvents.Add(new Verksam.Web.Shared.Auditing.AuditEvent
            {
                Id = Guid.NewGuid(),
                OccurredAt = DateTime.UtcNow,
                ActorName = "Enhetschef",
                Action = Verksam.Web.Shared.Auditing.AuditAction.Updated,
                EntityType = "Activity",
                EntityId = Guid.NewGuid().ToString(),
                OrgUnitId = unit.Id,
                Changes = """{"EndDate":{"Before":"11/02/2026","After":"2026-12-24"},"Status":{"Before":"Planned","After":"Done"}}""",
            });
            await db.SaveChangesAsync();
        });
        await Data.CreateUserAsync("admin", isAdministrator: true);

        var log = WebSession.Squash((await (await LoginAsync("admin")).GetAsync($"/organisation/{unit.Id}/logg")).Document.QuerySelector("main table")!.TextContent);

        log.ShouldContain("2026-11-02 → 2026-12-24");
        log.ShouldNotContain("11/02/2026");
        log.ShouldNotContain("Planned");
    }
}

public sealed class AuditLogPageTests_Sqlite(SqliteFixture fixture) : AuditLogPageTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuditLogPageTests_PostgreSql(PostgresFixture fixture) : AuditLogPageTests(fixture), IClassFixture<PostgresFixture>;
