using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class IndicatorJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";

    [Fact]
    public async Task UnitManager_SeesSeptember_EntersAnOctoberOutcomeThatTurnsYellow()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", DemoPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Myndighet LSS" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Indikatorer och utfall" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Indikatorer 2023");
        var caseload = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ärendemängd per vuxenhandläggare" });
        (await caseload.InnerTextAsync()).ShouldContain("Grön");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("10-indikatorer-lss-2023");

        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera utfall" }).ClickAsync();
        await page.GetByLabel("Period").SelectOptionAsync(new SelectOptionValue { Label = "Sep 2023" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        var september = page.GetByRole(AriaRole.Group, new() { Name = "Antal lediga LSS-boendeplatser i egen regi" });
        // Seed 000 leaves its Bedömning empty: the outcome is kept and marked not assessed.
        (await september.InnerTextAsync()).ShouldContain("Bedöms inte");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("11-utfall-sep-2023");

        await page.GetByLabel("Period").SelectOptionAsync(new SelectOptionValue { Label = "Okt 2023" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        var october = page.GetByRole(AriaRole.Group, new() { Name = "Ärendemängd per vuxenhandläggare, antal brukare. Medelvärde" });
        await october.GetByLabel("Utfall (antal)").FillAsync("fel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utfall för Okt 2023" }).ClickAsync();
        (await page.TitleAsync()).ShouldStartWith("Fel: ");
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("”fel” är inte ett tal");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        await october.GetByLabel("Utfall (antal)").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utfall för Okt 2023" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Utfallen för Okt 2023 är sparade.");
        var status = october.Locator(".entry-item__status");
        (await status.InnerTextAsync()).ShouldContain("Sparat: 60");
        (await status.InnerTextAsync()).ShouldContain("Gul");
        var colour = await status.Locator(".rag__mark").EvaluateAsync<string>("e => getComputedStyle(e).color");
        colour.ShouldBe("rgb(181, 129, 5)");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("12-utfall-okt-2023");
        await october.ScreenshotAsync("12b-utfall-okt-2023-gul");
    }

    [Fact]
    public async Task UnitManager_FollowsTheSmallTrendToTheTrendPage_ReadsItsTableAndTheYears()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", DemoPassword);
        await page.GotoAsync("/organisation/7a1e0000-0000-4000-8000-000000000003/indikatorer?ar=2023");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ärendemängd per vuxenhandläggare, antal brukare. Medelvärde" }).ClickAsync();

        // The small trend: an image with its words, and the words beside it.
        var small = page.Locator("figure.trend-figure--small");
        (await small.GetByRole(AriaRole.Img).GetAttributeAsync("aria-labelledby")).ShouldBe("trend-title");
        (await small.GetByRole(AriaRole.Img).GetAttributeAsync("aria-describedby")).ShouldBe("trend-words");
        (await small.InnerTextAsync()).ShouldContain("Utfall Jan–");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await small.ScreenshotAsync("14-indikator-liten-trend");

        await small.GetByRole(AriaRole.Link, new() { Name = "Visa utvecklingen och siffrorna" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Utveckling: Ärendemängd per vuxenhandläggare");
        var table = page.GetByRole(AriaRole.Table);
        (await table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sep 2023" }).InnerTextAsync()).ShouldContain("51");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("15-indikator-trend-manad");

        // The table folds away under its summary and opens again without JavaScript.
        await page.GetByText("Visa siffrorna som tabell").ClickAsync();
        (await table.IsVisibleAsync()).ShouldBeFalse();
        await page.GetByText("Visa siffrorna som tabell").ClickAsync();
        (await table.IsVisibleAsync()).ShouldBeTrue();

        await page.GetByLabel("År för år (upp till tio år)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        page.Url.ShouldContain("visa=ar");
        (await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasText = "2023" }).CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("16-indikator-trend-ar");
    }

    [Fact]
    public async Task IndicatorEditor_PreviewsTheScaleLiveAndWithoutJavaScript()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", DemoPassword);
        await page.GotoAsync("/organisation/7a1e0000-0000-4000-8000-000000000003/indikatorer/ny?ar=2023");

        await page.GetByLabel("Skala", new() { Exact = true }).FillAsync("G: 0-25 A: 26-39 R: > 40");
        await page.GetByLabel("Prova ett värde (valfritt)").FillAsync("39,5");
        var preview = page.Locator("#scale-preview");
        await preview.GetByText("Skalan läses som: G: 0-25 A: 26-39 R: över 40").WaitForAsync();
        (await preview.InnerTextAsync()).ShouldContain("Röd");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("13-ny-indikator-forhandsgranskning");

        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska skalan" }).ClickAsync();
        (await page.Locator("#scale-preview").InnerTextAsync()).ShouldContain("Värdet 39,5 visas med 0 decimaler som 40 och får bedömningen");
    }

    [Fact]
    public async Task IndicatorEditor_PreviewsTheScaleThenSavesTheNewIndicatorInTheYearItWasOpenedFor()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Myndighet LSS" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Indikatorer och utfall" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny indikator" }).ClickAsync();

        await page.GetByLabel("Indikator", new() { Exact = true }).FillAsync("Andel beslut inom tre månader");
        await page.GetByLabel("Skala", new() { Exact = true }).FillAsync("G: 90-100 % A: 75-89 % R: 0-74 %");
        await page.GetByLabel("Prova ett värde (valfritt)").FillAsync("80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska skalan" }).ClickAsync();
        (await page.Locator("#scale-preview").InnerTextAsync()).ShouldContain("Värdet 80 får bedömningen");
        page.Url.ShouldContain("ar=2023");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("14-ny-indikator-efter-forhandsgranskning");

        await page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Indikatorn ”Andel beslut inom tre månader” är skapad.");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Myndighet LSS · 2023");
        (await page.Locator(".summary-list").InnerTextAsync()).ShouldContain("G: 90-100 % A: 75-89 % R: 0-74 %");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("15-ny-indikator-sparad");
    }
}
