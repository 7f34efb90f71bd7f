using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class ReportsFromJourneys(AppServer server)
{
    private const string Socialnamnden = "40dd0000-0000-4000-8000-000000000002";
    private const string NewUnit = "Individ- och familjeomsorg barn och unga";

    [Fact]
    public async Task Administrator_CreatesAUnit_ThatOwesNoReportsForEarlierYears_UntilTheStartMonthIsMovedBack()
    {
        var admin = await server.NewPageAsync();
        await admin.LoginAsync("administrator", "Verksam-demo-2026");
        await admin.GotoAsync($"/organisation/{Socialnamnden}");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Lägg till enhet under" }).ClickAsync();
        await admin.GetByLabel("Namn", new() { Exact = true }).FillAsync(NewUnit);
        await admin.GetByLabel("Enhet", new() { Exact = true }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lägg till", Exact = true }).ClickAsync();
        await admin.GotoAsync($"/organisation/{Socialnamnden}");
        await admin.GetByRole(AriaRole.Link, new() { Name = NewUnit }).ClickAsync();
        var unitUrl = admin.Url;
        (await admin.Locator(".summary-list").InnerTextAsync()).ShouldContain("Rapporterar från");
        await admin.ShouldHaveNoAccessibilityViolationsAsync();
        await admin.ScreenshotAsync("44-ny-enhet");

        // The board's overview of 2023: the new unit owes nothing for that year.
        var approver = await server.NewPageAsync();
        await approver.LoginAsync("godkannare.huddinge", "Verksam-demo-2026");
        await approver.GotoAsync($"/organisation/{Socialnamnden}/uppfoljning/oversikt/perioder?ar=2023");
        var row = approver.GetByRole(AriaRole.Row).Filter(new() { HasText = NewUnit });
        (await row.InnerTextAsync()).ShouldNotContain("Saknas");
        (await approver.Locator(".overdue").InnerTextAsync()).ShouldNotContain(NewUnit);
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.ScreenshotAsync("45-oversikt-2023-ny-enhet");

        // The unit took over work that began in November 2023: the administrator moves its start back.
        await admin.GotoAsync(unitUrl);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Ändra när enheten börjar rapportera" }).ClickAsync();
        await admin.GetByLabel("Rapporterar från och med").FillAsync("2023-11");
        await admin.ShouldHaveNoAccessibilityViolationsAsync();
        await admin.ScreenshotAsync("46-rapporterar-fran");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        (await admin.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Enheten rapporterar från och med november 2023.");

        await approver.ReloadAsync();
        (await approver.Locator(".overdue").InnerTextAsync()).ShouldContain(NewUnit);
        (await approver.GetByRole(AriaRole.Link, new() { Name = $"{NewUnit}, Okt 2023: Inte påbörjad" }).CountAsync()).ShouldBe(1);
        (await approver.GetByRole(AriaRole.Link, new() { Name = $"{NewUnit}, Nov 2023: Saknas, Försenad" }).CountAsync()).ShouldBe(1);
        await approver.ScreenshotAsync("47-oversikt-2023-fran-november");
    }
}
