using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

/// <summary>Issue 19: "which units are red or yellow this month, and why" answered from one page, with a click to the explanation.</summary>
[Collection(AppServerGroup.Name)]
public sealed class HeatmapJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";
    private const string Forvaltningen = "7a1e0000-0000-4000-8000-000000000002";
    private const string Stockholm = "57c00000-0000-4000-8000-000000000001";
    private const string HagerstenAlvsjo = "57c00000-0000-4000-8000-000000000005";

    [Fact]
    public async Task AnApprover_GoesFromTheStartPageToTheMonthsColoursPerUnitAndGoal_AndAYellowCellLeadsToTheUnitsExplanation()
    {
        var approver = await server.NewPageAsync();
        await approver.LoginAsync("godkannare.tyreso", DemoPassword);

        // From the start page's Läget, one click to the heat map of the förvaltning.
        (await approver.Locator("h1").TextContentAsync()).ShouldBe("Att göra");
        await approver.GetByRole(AriaRole.Link, new() { Name = "Målens färger per enhet och mål för Äldre- och omsorgsförvaltningen" }).ClickAsync();
        approver.Url.ShouldEndWith($"/organisation/{Forvaltningen}/uppfoljning/oversikt");
        var row = approver.GetByRole(AriaRole.Row).Filter(new() { HasText = "Myndighet LSS" });
        (await approver.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).ShouldContain(h => h.StartsWith("Medarbetare", StringComparison.Ordinal));
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.ScreenshotAsync("48-lage-forvaltningen");

        await row.Locator("td.hm-y a, td.hm-r a").First.ClickAsync();
        approver.Url.ShouldContain("/uppfoljning/2023-");
        approver.Url.ShouldContain("#goal-");
        var goal = approver.Locator($"section.report-goal:has(h4[id='{approver.Url.Split('#')[1]}'])");
        (await goal.InnerTextAsync()).ShouldContain("Om gul/röd");
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.ScreenshotAsync("49-lage-forklaring");

        // The same units month by month for one goal, from the column head.
        await approver.GoBackAsync();
        await approver.GetByRole(AriaRole.Columnheader).GetByRole(AriaRole.Link).First.ClickAsync();
        (await approver.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).ShouldContain("Dec");
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.ScreenshotAsync("50-lage-mal-per-manad");
    }

    [Fact]
    public async Task AStadsdelsnamndsApprover_OpensTheTertialMap_AndAPartlyMetGoalLeadsToTheUnitsAnalysis()
    {
        var approver = await server.NewPageAsync();
        await approver.LoginAsync("godkannare.hagersten", DemoPassword);

        // Stockholm writes no monthly reports: the overview opens on the tertial map, in the fulfilment's words.
        await approver.GotoAsync($"/organisation/{HagerstenAlvsjo}/uppfoljning/oversikt");
        approver.Url.ShouldContain("/uppfoljning/oversikt/tertial");
        (await approver.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("måluppfyllelse per enhet");
        var row = approver.GetByRole(AriaRole.Row).Filter(new() { HasText = "Beställarenheten för funktionsnedsättning" });
        (await row.InnerTextAsync()).ShouldContain("Uppfylls delvis");
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.ScreenshotAsync("51a-lage-hagersten-tertial");

        await row.GetByRole(AriaRole.Link, new() { Name = "Uppfylls delvis" }).ClickAsync();
        approver.Url.ShouldContain("/uppfoljning/2024-VB#goal-");
        var goal = approver.Locator($"section.report-goal:has([id='{approver.Url.Split('#')[1]}'])");
        (await goal.InnerTextAsync()).ShouldContain("Den brukarundersökning som genomförts");
        await approver.ShouldHaveNoAccessibilityViolationsAsync();

        var narrow = await server.NewPageAsync(320);
        await narrow.LoginAsync("godkannare.hagersten", DemoPassword);
        await narrow.GotoAsync($"/organisation/{HagerstenAlvsjo}/uppfoljning/oversikt/tertial?period=2024-VB");
        await narrow.ShouldHaveNoAccessibilityViolationsAsync();
        await narrow.ScreenshotAsync("51b-lage-hagersten-tertial-320");
    }

    [Fact]
    public async Task ABoardsApprover_AndTheAdministrator_OpenTheHeatMap_WithItsFilters()
    {
        var hagersten = await server.NewPageAsync();
        await hagersten.LoginAsync("godkannare.hagersten", DemoPassword);
        await hagersten.GotoAsync($"/organisation/{HagerstenAlvsjo}/uppfoljning/oversikt?period=2024-12");
        (await hagersten.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("målens färger per enhet");
        await hagersten.ShouldHaveNoAccessibilityViolationsAsync();
        await hagersten.ScreenshotAsync("51-lage-hagersten");

        var admin = await server.NewPageAsync();
        await admin.LoginAsync("administrator", DemoPassword);
        await admin.GotoAsync($"/organisation/{Stockholm}/uppfoljning/oversikt?period=2023-05");
        await admin.GetByLabel("Visa bara röda och gula").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        admin.Url.ShouldContain("rodgul=true");
        await admin.ShouldHaveNoAccessibilityViolationsAsync();
        await admin.ScreenshotAsync("52-lage-stockholm-roda-gula");
    }
}
