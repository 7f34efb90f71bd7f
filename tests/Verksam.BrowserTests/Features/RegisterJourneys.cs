using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class RegisterJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";
    private const string Bestallarenheten = "57c00000-0000-4000-8000-000000000006";

    [Fact]
    public async Task RecordAComplaint_InvestigateIt_GiveFeedbackAndMeasures_CloseIt_AndSeeItCounted()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.bestallarenheten", DemoPassword);

        // Record a complaint from the unit page, on one page.
        await page.GotoAsync($"/organisation/{Bestallarenheten}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Synpunkter, klagomål och avvikelser" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera ärende" }).ClickAsync();
        // The questions take the chosen kind's own words as soon as it is chosen.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Beröm", Exact = true }).CheckAsync();
        (await page.GetByLabel("Från vem har berömmet inkommit?").IsVisibleAsync()).ShouldBeTrue();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Klagomål", Exact = true }).CheckAsync();
        (await page.GetByLabel("Vem har identifierat avvikelsen?").IsVisibleAsync()).ShouldBeFalse();
        await page.GetByLabel("Inkom", new() { Exact = true }).FillAsync("2025-05-15");
        await page.GetByLabel("Från vem har klagomålet inkommit?").SelectOptionAsync(new SelectOptionValue { Label = "Närstående (anhörig, god man, etc.)" });
        await page.GetByLabel("Vad gällde klagomålet?").SelectOptionAsync(new SelectOptionValue { Label = "Tillgänglighet (öppetider, telefontider, fysisk miljö)" });
        await page.GetByLabel("Beskrivning", new() { Exact = true }).FillAsync("Närstående har inte kommit fram på telefontiden tre veckor i rad.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("60-registrera-klagomal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Ärendet är registrerat.");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("Klagomål nr 2025-001");

        // Investigate it.
        await page.GetByLabel("Utredning", new() { Exact = true }).FillAsync("Telefontiden bemannades av en person under semestern.");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Under utredning" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Ärendet är sparat.");

        // Feedback and measures, then close.
        await page.GetByLabel("Vidtagna åtgärder").FillAsync("Telefontiden bemannas av två handläggare.");
        await page.GetByLabel("Återkoppling har lämnats").CheckAsync();
        await page.GetByLabel("Datum för återkoppling").FillAsync("2025-06-02");
        await page.GetByLabel("Hur återkopplingen lämnades").SelectOptionAsync(new SelectOptionValue { Label = "Telefon" });
        await page.GetByRole(AriaRole.Radio, new() { Name = "Avslutat", Exact = true }).CheckAsync();
        await page.GetByLabel("Avslutat datum").FillAsync("2025-06-03");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Ärendet är sparat.");
        (await page.Locator("dl.facts").InnerTextAsync()).ShouldContain("Avslutat");
        await page.ScreenshotAsync("61-arende-avslutat");

        // The list, then the year's table: counted in T2 on its rows.
        await page.GetByRole(AriaRole.Link, new() { Name = "Synpunkter, klagomål och avvikelser 2025" }).ClickAsync();
        (await page.GetByRole(AriaRole.Table).InnerTextAsync()).ShouldContain("Från: Närstående (anhörig, god man, etc.) · Gällde: Tillgänglighet");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Redovisning av synpunkter och klagomål 2025" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Redovisning av synpunkter och klagomål 2025" });
        await ShouldCountInT2Async(table, "Närstående (anhörig, god man, etc.)");
        await ShouldCountInT2Async(table, "Tillgänglighet (öppetider, telefontider, fysisk miljö)");
        await ShouldCountInT2Async(table, "Antal klagomål där återkoppling har lämnats");
        await ShouldCountInT2Async(table, "Antal klagomål där åtgärder vidtagits");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("62-redovisning-2025");
    }

    /// <summary>The row's cells Utfall T1, T2, VB and Totalt ack. read "", "1", "", "1 st".</summary>
    private static async Task ShouldCountInT2Async(ILocator table, string rowLabel)
    {
        var row = table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = rowLabel, Exact = true }) });
        var cells = await row.Locator("td.numeric").AllInnerTextsAsync();
        cells.Select(c => c.Trim()).ShouldBe([string.Empty, "1", string.Empty, "1 st"], rowLabel);
    }
}
