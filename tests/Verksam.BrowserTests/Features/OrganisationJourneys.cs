using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class OrganisationJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";

    [Fact]
    public async Task UnitManager_LogsIn_SeesOnlyTheirUnitInTheTree_AndLogsOut()
    {
        var page = await server.NewPageAsync();

        await page.GotoAsync("/");
        page.Url.ShouldContain("/logga-in");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Logga in");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("01-logga-in");

        await page.LoginAsync("enhetschef.lss", DemoPassword);

        // Login lands on the start page; the organisation is in the menu.
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Att göra");
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation", Exact = true }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Organisation");
        var tree = page.GetByRole(AriaRole.List, new() { Name = "Organisation" });
        (await tree.GetByRole(AriaRole.Link).AllTextContentsAsync()).ShouldBe(["Myndighet LSS"]);
        (await page.Locator(".org-tree__context").TextContentAsync()).ShouldBe("Tyresö kommun › Äldre- och omsorgsförvaltningen");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("02-organisation-enhetschef");

        await tree.GetByRole(AriaRole.Link, new() { Name = "Myndighet LSS" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Myndighet LSS");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("03-enhet");

        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Du är utloggad");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        await page.GotoAsync("/organisation");
        page.Url.ShouldContain("/logga-in");
    }

    [Fact]
    public async Task Administrator_SeesWholeTree_RenameWithEmptyName_GetsErrorSummary_ThenRenames()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("administrator", DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation", Exact = true }).ClickAsync();

        var tree = page.GetByRole(AriaRole.List, new() { Name = "Organisation" });
        // The demo's twelve units, and any a journey before this one added to the same app.
        (await tree.GetByRole(AriaRole.Link).CountAsync()).ShouldBeGreaterThanOrEqualTo(12);
        (await tree.GetByRole(AriaRole.Link, new() { Name = "Individ- och familjeomsorg vuxna" }).CountAsync()).ShouldBe(1);
        await page.ScreenshotAsync("04-organisation-administrator");

        await tree.GetByRole(AriaRole.Link, new() { Name = "Individ- och familjeomsorg vuxna" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Byt namn" }).ClickAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        var name = page.GetByLabel("Nytt namn på enheten");
        await name.FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        (await page.TitleAsync()).ShouldStartWith("Fel: ");
        var summary = page.GetByRole(AriaRole.Alert);
        (await summary.InnerTextAsync()).ShouldContain("Fyll i enhetens namn");
        (await page.EvaluateAsync<bool>("document.activeElement.classList.contains('error-summary')")).ShouldBeTrue();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("05-byt-namn-fel");

        await summary.GetByRole(AriaRole.Link, new() { Name = "Fyll i enhetens namn" }).ClickAsync();
        await name.FillAsync("Individ- och familjeomsorg, vuxna");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).ShouldBe("Namnet är ändrat.");
        (await page.Locator("h1").InnerTextAsync()).ShouldEndWith("Individ- och familjeomsorg, vuxna");

        await page.GetByRole(AriaRole.Link, new() { Name = "Ändringslogg" }).ClickAsync();
        (await page.Locator("tbody tr").First.InnerTextAsync()).ShouldContain("Individ- och familjeomsorg vuxna → Individ- och familjeomsorg, vuxna");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("06-andringslogg");
    }
}
