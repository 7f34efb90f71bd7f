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

        // Login lands on the start page; the unit is one click away in the organisation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation", Exact = true }).ClickAsync();
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

    [Fact]
    public async Task UnitManager_AddsAnActivityThatEndedInThePast_WithItsDeviation()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", "Verksam-demo-2026");
        // Login lands on the start page; the unit is one click away in the organisation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Myndighet LSS" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mål och bedömningar" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "LSS arbetar rättssäkert", Exact = false }).ClickAsync();

        var add = page.Locator("details.add-activity");
        await add.Locator("summary").ClickAsync();
        await add.GetByLabel("Aktivitet", new() { Exact = true }).FillAsync("Genomgång av rutinen för avvikelser");
        await add.GetByLabel("Startdatum (valfritt)").FillAsync("2023-02-01");
        await add.GetByLabel("Slutdatum (valfritt)").FillAsync("2023-06-30");
        await add.GetByRole(AriaRole.Radio, new() { Name = "Pågår" }).CheckAsync();
        await add.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Fyll i avvikelse: aktiviteten skulle ha varit klar 2023-06-30.");
        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link).First.ClickAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("Activity_Deviation");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("23-aktivitet-avvikelse-saknas");
        await add.ScreenshotAsync("23b-aktivitet-formularet-med-avvikelse");

        await add.GetByLabel("Avvikelse", new() { Exact = true }).FillAsync("Försenad på grund av vakanser; genomgången görs i september.");
        await add.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Aktiviteten är tillagd.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Genomgång av rutinen för avvikelser" });
        (await row.InnerTextAsync()).ShouldContain("Försenad");
        (await row.InnerTextAsync()).ShouldContain("genomgången görs i september");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("24-aktivitet-tillagd");
        await page.Locator("table.activities").ScreenshotAsync("24b-aktiviteter-med-avvikelse");
    }
}
