using System.Net;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.FollowUp;

/// <summary>A unit owes reports from the month it was created, or from the month an administrator sets (issue 18, item 4).</summary>
public abstract class ReportsFromTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string NewUnit = "Hemtjänst Trollbäcken";

    private static string OverviewUrl => $"/organisation/{DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning/oversikt/perioder?ar=2023";

    private async Task<(WebSession Admin, Guid Unit)> CreateUnitAsync()
    {
        var admin = await DemoAsync("administrator");
        var created = await admin.SubmitAsync($"/organisation/ny?overordnad={DemoData.AldreOchOmsorgsforvaltningen}",
            new Dictionary<string, string> { ["Input.Name"] = NewUnit, ["Input.Kind"] = "Unit" });
        created.Status.ShouldBe(HttpStatusCode.Redirect);
        var unit = (await Data.AllUnitsAsync()).Single(u => u.Name == NewUnit);
        return (admin, unit.Id);
    }

    private static List<string?> CellsOf(WebSession.PageResult page, string unit) =>
        page.Document.QuerySelectorAll(".overview tbody tr").Single(tr => tr.QuerySelector("th[scope=row]")?.TextContent == unit)
            .QuerySelectorAll("td a").Select(a => a.GetAttribute("aria-label")).ToList();

    [Fact]
    public async Task ANewUnit_IsNeitherMissingNorLate_ForTheYearsBeforeItWasCreated()
    {
        var (admin, unit) = await CreateUnitAsync();
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);

        var page = await approver.GetAsync(OverviewUrl);

        WebSession.Squash(page.Document.QuerySelector(".overdue")!.TextContent).ShouldStartWith("Inte inskickade för Dec 2023 (sista dag 2024-01-10) (1) Myndighet LSS – Äldre- och omsorgsförvaltningen Inte inskickade för T2 2023");
        CellsOf(page, NewUnit).ShouldAllBe(label => label!.EndsWith(": Inte påbörjad", StringComparison.Ordinal));
        var own = await admin.GetAsync($"/organisation/{unit}/uppfoljning?ar=2023");
        own.Document.QuerySelectorAll(".tag--late").ShouldBeEmpty();
        var details = await admin.GetAsync($"/organisation/{unit}");
        WebSession.Squash(details.Document.QuerySelector(".summary-list")!.TextContent).ShouldContain($"Rapporterar från {Verksam.Web.Domain.Periods.Period.MonthName(DateTime.Now.Month)} {DateTime.Now.Year}");
    }

    [Fact]
    public async Task AnAdministratorsStartMonth_MakesTheUnitOweReportsFromThatMonth()
    {
        var (admin, unit) = await CreateUnitAsync();

        var saved = await admin.SubmitAsync($"/organisation/{unit}/rapporterar-fran", new Dictionary<string, string> { ["Input.ReportsFrom"] = "2023-12" });

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);
        var page = await approver.GetAsync(OverviewUrl);
        WebSession.Squash(page.Document.QuerySelector(".overdue")!.TextContent).ShouldStartWith($"Inte inskickade för Dec 2023 (sista dag 2024-01-10) (2) {NewUnit} – Äldre- och omsorgsförvaltningen Myndighet LSS – Äldre- och omsorgsförvaltningen Inte inskickade för T2 2023");
        var cells = CellsOf(page, NewUnit);
        cells[10].ShouldBe($"{NewUnit}, Nov 2023: Inte påbörjad");
        cells[11].ShouldBe($"{NewUnit}, Dec 2023: Saknas, Försenad");
        cells[^1].ShouldBe($"{NewUnit}, VB 2023: Saknas, Försenad");

        // The unit's own list says the months before its start are not written, rather than "Inte påbörjad".
        var rows = (await admin.GetAsync($"/organisation/{unit}/uppfoljning?ar=2023")).Document.QuerySelectorAll("tbody tr").Select(r => WebSession.Squash(r.TextContent)).ToList();
        rows.ShouldContain("Månadsrapport november 2023 Skrivs inte – enheten rapporterar från december 2023 –");
        rows.ShouldContain(r => r.StartsWith("Månadsrapport december 2023 Inte påbörjad Försenad", StringComparison.Ordinal));
        rows.ShouldContain(r => r.StartsWith("Verksamhetsberättelse 2023 Inte påbörjad Försenad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStartMonthThatIsNoMonth_IsRefused_AndNothingChanges()
    {
        var (admin, unit) = await CreateUnitAsync();

        var refused = await admin.SubmitAsync($"/organisation/{unit}/rapporterar-fran", new Dictionary<string, string> { ["Input.ReportsFrom"] = "december 2023" });

        refused.ErrorMessages.ShouldBe(["Skriv månaden som år-månad, till exempel 2024-03"]);
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);
        WebSession.Squash((await approver.GetAsync(OverviewUrl)).Document.QuerySelector(".overdue")!.TextContent).ShouldEndWith("(1) Myndighet LSS – Äldre- och omsorgsförvaltningen");
    }
}

public sealed class ReportsFromTests_Sqlite(SqliteFixture fixture) : ReportsFromTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReportsFromTests_PostgreSql(PostgresFixture fixture) : ReportsFromTests(fixture), IClassFixture<PostgresFixture>;
