using System.Net;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Shared.Links;

namespace Verksam.IntegrationTests.Features.FollowUp;

/// <summary>
/// Every page opens on a sensible period, by one rule (issue 18, item 13): the demo's Myndighet LSS has data for 2023,
/// so its follow-up, its förvaltning's overview, its risks and egenkontroller open on 2023, and entering outcomes opens
/// on October 2023, the month after the latest with outcomes — not on the current year's empty pages.
/// </summary>
public abstract class OpeningPeriodTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static string Heading(WebSession.PageResult page) => WebSession.Squash(page.Document.QuerySelector("h1")!.TextContent);

    [Fact]
    public async Task AUnitsPages_OpenOnTheLatestYearWithData_TheSameForEachPage()
    {
        var manager = await DemoAsync("enhetschef.lss");
        var unit = $"/organisation/{DemoData.MyndighetLss}";

        // The plans open on the year of the unit's goals and risks too, though no text has been written in them.
        foreach (var url in new[] { $"{unit}/uppfoljning", $"{unit}/risker", $"{unit}/egenkontroller", $"{unit}/arshjul", $"{unit}/verksamhetsplan", $"{unit}/kvalitetsplan" })
        {
            var page = await manager.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.OK, url);
            Heading(page).ShouldContain("2023", customMessage: url);
        }

        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);
        var overview = await approver.GetAsync($"/organisation/{DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning/oversikt/perioder");
        Heading(overview).ShouldContain("2023");
        // The förvaltning writes no report of its own: its follow-up opens where its units' reports are.
        Heading(await approver.GetAsync($"/organisation/{DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning")).ShouldContain("2023");
    }

    [Fact]
    public async Task TheGoalsPage_OfABoardOrFörvaltning_OpensOnItsGoalsYear_NotOnAnEmptyCurrentYear()
    {
        var admin = await DemoAsync("administrator");

        // Goals but no indicators of their own; the avdelning has neither and opens where the goals above it are.
        Heading(await admin.GetAsync(Link.Goals(DemoData.AldreOchOmsorgsforvaltningen))).ShouldContain("2023");
        Heading(await admin.GetAsync(Link.Goals(DemoData.Skarpnack))).ShouldContain("2023");
        Heading(await admin.GetAsync(Link.Goals(DemoData.SkarpnackAldreomsorg))).ShouldContain("2023");
        Heading(await admin.GetAsync(Link.Goals(DemoData.MyndighetLss))).ShouldContain("2023");
    }

    [Fact]
    public async Task EnteringOutcomes_OpensOnTheMonthAfterTheLatestWithOutcomes()
    {
        var manager = await DemoAsync("enhetschef.lss");

        var response = await manager.Client.GetAsync($"/organisation/{DemoData.MyndighetLss}/utfall");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith("/utfall?period=2023-10");
        var entry = WebSession.Squash((await manager.GetAsync(response.Headers.Location!.ToString())).Body);
        entry.ShouldContain("Årsmål: Redovisas i sammanställning av månadsvolymerna.");
        entry.ShouldNotContain("..", customMessage: "a hint's sentences end in one full stop");
        var indicators = await manager.GetAsync($"/organisation/{DemoData.MyndighetLss}/indikatorer");
        indicators.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldContain($"/organisation/{DemoData.MyndighetLss}/utfall?period=2023-10", "the indicator page's link opens the same month");
    }

    [Fact]
    public async Task EnteringOutcomes_OfAUnitMeasuringByTertial_OpensOnItsFirstTertial_WhenItHasNoOutcomeYet()
    {
        var admin = await DemoAsync("administrator");

        var response = await admin.Client.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/utfall");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith("/utfall?period=2023-T1");
    }

    [Fact]
    public async Task AQualityPlanYear_IsWhereHuddingesUnitOpens()
    {
        var manager = await DemoAsync("administrator");

        var risks = await manager.GetAsync($"/organisation/{DemoData.IfoVuxna}/risker");

        Heading(risks).ShouldContain("2022");
    }
}

public sealed class OpeningPeriodTests_Sqlite(SqliteFixture fixture) : OpeningPeriodTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OpeningPeriodTests_PostgreSql(PostgresFixture fixture) : OpeningPeriodTests(fixture), IClassFixture<PostgresFixture>;
