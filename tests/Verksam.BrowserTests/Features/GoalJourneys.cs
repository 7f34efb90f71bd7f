using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class GoalJourneys(AppServer server)
{
    [Fact]
    public async Task UnitManager_AssessesAGoalForOctober_AndSeesItInTheYearRow()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", "Verksam-demo-2026");

        await page.GetByRole(AriaRole.Link, new() { Name = "Myndighet LSS" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mål och bedömningar" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Mål 2023");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("20-mal-lss-2023");

        await page.GetByRole(AriaRole.Link, new() { Name = "LSS arbetar rättssäkert", Exact = false }).ClickAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("21-mal-verksamhet");

        await page.GetByRole(AriaRole.Link, new() { Name = "Okt 2023: Ingen bedömning" }).ClickAsync();
        (await page.Locator("#proposal").InnerTextAsync()).ShouldContain("sämsta färgen bland indikatorerna");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara bedömningen" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Välj en bedömning");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "Gul" }).CheckAsync();
        await page.GetByLabel("Motivering (valfritt)").FillAsync("Indikatorerna är gröna, men granskningen visar brister i dokumentationen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara bedömningen" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Bedömningen är sparad.");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Okt 2023: Gul" }).CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("22-mal-efter-bedomning");
    }
}
