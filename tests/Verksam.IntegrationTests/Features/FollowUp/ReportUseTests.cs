using System.Net;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.FollowUp;

/// <summary>
/// A municipality says which kinds of follow-up report it uses, and only those are due (issue 18, item 14): Stockholm
/// writes tertial reports and a verksamhetsberättelse, so none of its units is late with a monthly report.
/// </summary>
public abstract class ReportUseTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static string RuleUrl => $"/admin/kommuner/{DemoData.Stockholm}/regel";

    private static string OverviewUrl => $"/organisation/{DemoData.HagerstenAlvsjo}/uppfoljning/oversikt/perioder?ar=2024";

    private static List<string> Columns(WebSession.PageResult page) =>
        page.Document.QuerySelectorAll(".overview thead th").Skip(1).Select(th => WebSession.Squash(th.TextContent)).ToList();

    private static List<string> Listed(WebSession.PageResult page) =>
        page.Document.QuerySelectorAll("main table tbody th[scope=row]").Select(th => WebSession.Squash(th.TextContent)).ToList();

    private static Dictionary<string, string> RuleForm(bool monthly, bool tertial, bool annual)
    {
        var form = new Dictionary<string, string> { ["Input.Rule"] = "WorstColour", ["Input.ReportDueDay"] = "10" };
        foreach (var (field, chosen) in new[] { ("Input.UsesMonthlyReports", monthly), ("Input.UsesTertialReports", tertial), ("Input.UsesAnnualReport", annual) })
        {
            form[field] = chosen ? "true" : "false";
        }

        return form;
    }

    [Fact]
    public async Task AMunicipalityWithoutMonthlyReports_ListsNoMonthAsDueOrLate_ButKeepsTheMonthlyReportsWritten()
    {
        var approver = await DemoAsync("godkannare.hagersten");

        var overview = await approver.GetAsync(OverviewUrl);

        Columns(overview).ShouldBe(["T1", "T2", "VB"]);
        WebSession.Squash(overview.Document.QuerySelector(".overdue")!.TextContent).ShouldBe(
            "Inte inskickade för T2 2024 (sista dag 2024-09-10) (1) Beställarenheten för funktionsnedsättning – Hägersten-Älvsjö stadsdelsnämnd Alla enheter har skickat in sin rapport för VB 2024.");
        var unit = await approver.GetAsync($"/organisation/{DemoData.Bestallarenheten}/uppfoljning?ar=2024");
        Listed(unit).ShouldBe(["Tertialrapport T1 2024", "Tertialrapport T2 2024", "Verksamhetsberättelse 2024"]);

        // Skarpnäck's hemtjänst wrote monthly reports for the first half of 2023: they stay, and no other month is owed.
        var skarpnack = await (await DemoAsync("administrator")).GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/uppfoljning?ar=2023");
        var listed = Listed(skarpnack);
        listed.Count(p => p.StartsWith("Månadsrapport", StringComparison.Ordinal)).ShouldBe(6);
        listed.ShouldNotContain("Månadsrapport december 2023");
        skarpnack.Document.QuerySelectorAll("main table tbody tr").Where(tr => tr.TextContent.Contains("Månadsrapport", StringComparison.Ordinal))
            .ShouldAllBe(tr => tr.QuerySelector(".tag--late") == null);
    }

    [Fact]
    public async Task TheOverviewsCountOfMissingReports_HoldsEveryKindOfReportTheMunicipalityUses_NotOnlyTheMonth()
    {
        var approver = await DemoAsync("godkannare.tyreso");

        var page = await approver.GetAsync($"/organisation/{DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning/oversikt/perioder?ar=2023");

        // Myndighet LSS's T2 2023 is a draft, written "Saknas"-late in the table; the count above it now says so too.
        var headings = page.Document.QuerySelectorAll(".overdue h2").Select(h => WebSession.Squash(h.TextContent)).ToList();
        headings.ShouldContain("Inte inskickade för Dec 2023 (sista dag 2024-01-10) (1)");
        headings.ShouldContain("Inte inskickade för T2 2023 (sista dag 2023-09-10) (1)");
        page.Document.QuerySelector(".notice--success").ShouldBeNull();
    }

    [Fact]
    public async Task WhenEveryUnitHasSubmitted_TheOverviewSaysSoCalmly_NotAsAWarning()
    {
        var admin = await DemoAsync("administrator");
        (await admin.SubmitAsync(RuleUrl, RuleForm(monthly: false, tertial: false, annual: true))).Status.ShouldBe(HttpStatusCode.Redirect);

        var overview = await (await LoginAsync("godkannare.hagersten", DemoData.Password)).GetAsync(OverviewUrl);

        overview.Document.QuerySelector(".overdue").ShouldBeNull("good news is no warning");
        WebSession.Squash(overview.Document.QuerySelector("main .notice--success")!.TextContent).ShouldBe("Alla enheter har skickat in sin rapport för VB 2024.");
    }

    [Fact]
    public async Task AnAdministratorTurnsMonthlyReportsOn_ThenTheMonthsAreDue_AndTheChangeIsLogged()
    {
        var admin = await DemoAsync("administrator");

        var saved = await admin.SubmitAsync(RuleUrl, RuleForm(monthly: true, tertial: true, annual: true));

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var overview = await (await LoginAsync("godkannare.hagersten", DemoData.Password)).GetAsync(OverviewUrl);
        Columns(overview).Count.ShouldBe(15);
        WebSession.Squash(overview.Document.QuerySelector(".overdue")!.TextContent).ShouldStartWith("Inte inskickade för Dec 2024");
        var log = WebSession.Squash((await admin.GetAsync($"/organisation/{DemoData.Stockholm}/logg")).Document.QuerySelector("main table")!.TextContent);
        log.ShouldContain("Använder månadsrapporter: Nej → Ja");
    }

    [Fact]
    public async Task ABadDueDayAndNoKindOfReport_AreBothRefused_InTheOrderOfThePage_EachAtItsField()
    {
        var admin = await DemoAsync("administrator");
        var form = RuleForm(monthly: false, tertial: false, annual: false);
        form["Input.ReportDueDay"] = "31";

        var refused = await admin.SubmitAsync(RuleUrl, form);

        refused.ErrorMessages.ShouldBe(["Skriv en dag från 1 till 28 som sista dag i månaden efter perioden.", "Välj minst en sorts rapport som kommunen använder."]);
        WebSession.Squash(refused.Document.QuerySelector("#Input_ReportUse")!.TextContent).ShouldContain("Välj minst en sorts rapport");
        refused.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ShouldBe(["#Input_ReportDueDay", "#Input_ReportUse"]);
    }

    [Fact]
    public async Task NoKindOfReportChosen_IsRefusedWithAMessage_AndNothingChanges()
    {
        var admin = await DemoAsync("administrator");
        var audited = await Data.AuditCountAsync();

        var refused = await admin.SubmitAsync(RuleUrl, RuleForm(monthly: false, tertial: false, annual: false));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Välj minst en sorts rapport som kommunen använder."]);
        (await Data.AuditCountAsync()).ShouldBe(audited);
        var form = (await admin.GetAsync(RuleUrl)).Document;
        form.QuerySelector("#Input_UsesMonthlyReports")!.HasAttribute("checked").ShouldBeFalse();
        form.QuerySelector("#Input_UsesTertialReports")!.HasAttribute("checked").ShouldBeTrue();
    }
}

public sealed class ReportUseTests_Sqlite(SqliteFixture fixture) : ReportUseTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReportUseTests_PostgreSql(PostgresFixture fixture) : ReportUseTests(fixture), IClassFixture<PostgresFixture>;
