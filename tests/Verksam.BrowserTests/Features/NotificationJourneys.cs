using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

/// <summary>Aviseringar: the list behind the header's link, the user's mail choices, and the administrator's send log.</summary>
[Collection(AppServerGroup.Name)]
public sealed class NotificationJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";

    [Fact]
    public async Task User_OpensAviseringar_FromTheHeader_AndChoosesNoMailForOneKind()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("kvalitet.hagersten", DemoPassword);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Aviseringar") }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Aviseringar");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("80-aviseringar");

        await page.GetByRole(AriaRole.Link, new() { Name = "Välj vilka som kommer med e-post" }).ClickAsync();
        var wheel = page.GetByRole(AriaRole.Group, new() { Name = "Årshjulets aktiviteter den här månaden" });
        await wheel.GetByLabel("Aldrig med e-post").CheckAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara inställningarna" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Inställningarna för aviseringar är sparade.");
        (await wheel.GetByLabel("Aldrig med e-post").IsCheckedAsync()).ShouldBeTrue();
        (await page.GetByRole(AriaRole.Group, new() { Name = "Rapport återremitterad" }).GetByLabel("Med e-post direkt").IsCheckedAsync()).ShouldBeTrue();
        await page.ScreenshotAsync("81-aviseringar-installningar");
    }

    [Fact]
    public async Task Administrator_ReadsTheSendLog_AndWhereMailGoes()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("administrator", DemoPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Utskick", Exact = true }).ClickAsync();

        (await page.Locator("h1").TextContentAsync()).ShouldBe("Utskick av e-post");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("breven skrivs som .eml-filer i");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("82-utskick");
    }
}
