using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class StartJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";

    [Fact]
    public async Task UnitManager_LandsOnTheStartPage_AndFollowsTheOldestDueReportToItsForm()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", DemoPassword);

        (await page.Locator("h1").TextContentAsync()).ShouldBe("Att göra");
        var toWrite = page.GetByRole(AriaRole.Region, new() { Name = "Rapporter att skriva" });
        // The oldest monthly report not sent in: October 2023 in the demo, later if another journey has sent it meanwhile.
        var monthly = toWrite.GetByRole(AriaRole.Link).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Månadsrapport .* 2023$") });
        (await monthly.CountAsync()).ShouldBe(1);
        (await toWrite.InnerTextAsync()).ShouldContain("dagar försenad");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("70-start-enhetschef");

        var title = await monthly.InnerTextAsync();
        await monthly.ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldContain(title);
        page.Url.ShouldContain("/uppfoljning/2023-");

        await page.GetByRole(AriaRole.Link, new() { Name = "Verksam", Exact = true }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Att göra");
    }

    [Fact]
    public async Task Approver_SeesTheSubmittedReportWaiting_AndTheUnitsBelowWithTheirColours()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("godkannare.tyreso", DemoPassword);

        var toApprove = page.GetByRole(AriaRole.Region, new() { Name = "Rapporter att godkänna" });
        (await toApprove.GetByRole(AriaRole.Link, new() { Name = "Månadsrapport augusti 2023" }).CountAsync()).ShouldBe(1);
        var situation = page.GetByRole(AriaRole.Region, new() { Name = "Läget" });
        (await situation.GetByRole(AriaRole.Row).Filter(new() { HasText = "Myndighet LSS" }).CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("71-start-godkannare");

        await toApprove.GetByRole(AriaRole.Link, new() { Name = "Månadsrapport augusti 2023" }).ClickAsync();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Godkänn rapporten" }).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task UnitManager_SeesTheReportSentBack_WithTheApproversComment()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.hemtjanst", DemoPassword);

        var returned = page.GetByRole(AriaRole.Region, new() { Name = "Återremitterade rapporter" });
        (await returned.InnerTextAsync()).ShouldContain("Beskriv vad som gjorts åt sjukfrånvaron under månaden.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("73-start-aterremitterad");

        await returned.GetByRole(AriaRole.Link, new() { Name = "Månadsrapport april 2023" }).ClickAsync();
        page.Url.ShouldContain("/uppfoljning/2023-04");
    }

    [Fact]
    public async Task Administrator_StartPage_PassesTheAccessibilityScan()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("administrator", DemoPassword);

        (await page.Locator("h1").TextContentAsync()).ShouldBe("Att göra");
        (await page.GetByRole(AriaRole.Region, new() { Name = "Läget" }).GetByRole(AriaRole.Row).CountAsync()).ShouldBeGreaterThan(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("72-start-administrator");
    }
}
