using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class RegisterJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";
    private const string Bestallarenheten = "57c00000-0000-4000-8000-000000000006";
    private const string Forvaltningen = "7a1e0000-0000-4000-8000-000000000002";
    private const string Stockholm = "57c00000-0000-4000-8000-000000000001";

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

    [Fact]
    public async Task AnApproverAbove_OpensTheRegistersCountsOverTime_FromTheUnitPage_WideAndNarrow()
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await server.NewPageAsync(width);
            await page.LoginAsync("godkannare.tyreso", DemoPassword);
            await page.GotoAsync($"/organisation/{Forvaltningen}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Antal ärenden över tid" }).ClickAsync();
            // The latest year with matters is shown; the year before stands beside it.
            var year = int.Parse(await page.GetByLabel("År", new() { Exact = true }).InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
            (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain($"Antal ärenden över tid {year}");
            (await page.GetByRole(AriaRole.Img, new() { Name = $"Antal ärenden per tertial och slag {year - 1} och {year}" }).CountAsync()).ShouldBe(1);
            var tertials = page.GetByRole(AriaRole.Table, new() { Name = $"Antal ärenden per tertial {year - 1} och {year}" });
            (await tertials.GetByRole(AriaRole.Rowheader, new() { Name = $"T1 {year}", Exact = true }).CountAsync()).ShouldBe(1);
            (await page.GetByRole(AriaRole.Table, new() { Name = $"Antal ärenden {year} per enhet under Äldre- och omsorgsförvaltningen" }).GetByRole(AriaRole.Rowheader, new() { Name = "Myndighet LSS" }).CountAsync()).ShouldBe(1);

            // The figure takes focus from the keyboard, so its words are read.
            await page.Locator("figure.register-chart").FocusAsync();
            (await page.EvaluateAsync<string>("document.activeElement.tagName")).ShouldBe("FIGURE");
            await page.ShouldHaveNoAccessibilityViolationsAsync();
            await page.ScreenshotAsync($"63-antal-arenden-over-tid-{width}");
            await page.Context.CloseAsync();
        }

        // The administrator at Stockholms stad: a row per stadsdelsnämnd, each a way down to its own counts.
        var admin = await server.NewPageAsync();
        await admin.LoginAsync("administrator", DemoPassword);
        await admin.GotoAsync($"/organisation/{Stockholm}");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Antal ärenden över tid" }).ClickAsync();
        var units = admin.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("per enhet under Stockholms stad") });
        await units.GetByRole(AriaRole.Link, new() { Name = "Hägersten-Älvsjö stadsdelsnämnd" }).ClickAsync();
        (await admin.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("Hägersten-Älvsjö");
        await admin.ShouldHaveNoAccessibilityViolationsAsync();
        await admin.ScreenshotAsync("64-antal-arenden-over-tid-administrator");
    }

    /// <summary>The row's cells Utfall T1, T2, VB and Totalt ack. read "", "1", "", "1 st".</summary>
    private static async Task ShouldCountInT2Async(ILocator table, string rowLabel)
    {
        var row = table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = rowLabel, Exact = true }) });
        var cells = await row.Locator("td.numeric").AllInnerTextsAsync();
        cells.Select(c => c.Trim()).ShouldBe([string.Empty, "1", string.Empty, "1 st"], rowLabel);
    }
}
