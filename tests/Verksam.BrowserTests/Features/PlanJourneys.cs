using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class PlanJourneys(AppServer server)
{
    private const string Hemtjanst = "57c00000-0000-4000-8000-000000000004";

    [Fact]
    public async Task UnitManager_AddsAGoalWithTextsIndicatorAndActivity_AndReadsThemInThePlan()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.hemtjanst", "Verksam-demo-2026");

        // A new enhetsmål under the department's goal.
        await page.GotoAsync($"/organisation/{Hemtjanst}/mal?ar=2023");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByLabel("Målet", new() { Exact = true }).FillAsync("Kunderna får hjälp av få och kända medarbetare");
        await page.GetByLabel("Hör till målet").SelectOptionAsync(new SelectOptionValue { Label = "Avdelningsmål: Människor lever självständiga liv och är delaktiga när de behöver stöd" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nytt mål" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("1.3.1.1.2 Enhetsmål");
        var goalUrl = page.Url;

        // Its six texts.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra målet och dess texter" }).ClickAsync();
        await page.GetByLabel("Beskrivning (valfritt)").FillAsync("Kontinuiteten ska öka.");
        await page.GetByLabel("Förväntat resultat (valfritt)").FillAsync("- Färre personal per kund\n- Fler namngivna kontaktpersoner");
        await page.GetByLabel("Arbetssätt (valfritt)").FillAsync("Planering utifrån kontaktmannaskap.");
        await page.GetByLabel("Resursanvändning (valfritt)").FillAsync("Planerare och enhetschef.");
        await page.GetByLabel("Uppföljning (valfritt)", new() { Exact = true }).FillAsync("Kontinuitetsmätning i T1, T2 och VB.");
        await page.GetByLabel("Utveckling (valfritt)").FillAsync("Fler fasta scheman.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Målet är sparat.");

        // An activity with dates.
        await page.GetByText("Lägg till aktivitet").First.ClickAsync();
        await page.GetByLabel("Aktivitet", new() { Exact = true }).FillAsync("Införa fasta scheman");
        await page.GetByLabel("Startdatum (valfritt)").FillAsync("2099-01-01");
        await page.GetByLabel("Slutdatum (valfritt)").FillAsync("2099-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Aktiviteten är tillagd.");

        // An indicator with an annual target, linked to the goal.
        await page.GotoAsync($"/organisation/{Hemtjanst}/indikatorer/ny?ar=2023");
        await page.GetByLabel("Indikator", new() { Exact = true }).FillAsync("Antal personal en hemtjänsttagare möter under 14 dagar");
        await page.GetByLabel("Enhet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Antal" });
        await page.GetByLabel("Periodicitet").SelectOptionAsync(new SelectOptionValue { Label = "År" });
        await page.GetByLabel("Skala", new() { Exact = true }).FillAsync("G: 0-10 A: 11-15 R: 16 eller fler");
        await page.GetByLabel("Årsmål (valfritt)", new() { Exact = true }).FillAsync("10");
        await page.GetByLabel("KF:s årsmål i ord, till exempel ”Tas fram av nämnd” (valfritt)").FillAsync("Max 10 personer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await page.GotoAsync(goalUrl);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Antal personal en hemtjänsttagare möter under 14 dagar" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara indikatorer" }).ClickAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // The plan document shows it all in the cascade.
        await page.GotoAsync($"/organisation/{Hemtjanst}/verksamhetsplan/dokument?ar=2023");
        var heading = page.Locator(".document__heading").Filter(new() { HasText = "Kunderna får hjälp av få och kända medarbetare" });
        (await heading.InnerTextAsync()).ShouldContain("1.3.1.1.2");
        var text = await page.Locator("article.document").InnerTextAsync();
        text.ShouldContain("Enhetens uppdrag");
        text.ShouldContain("Färre personal per kund");
        text.ShouldContain("Kontinuitetsmätning i T1, T2 och VB.");
        var indicatorRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Antal personal en hemtjänsttagare möter under 14 dagar" });
        (await indicatorRow.InnerTextAsync()).ShouldContain("Max 10 personer");
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Införa fasta scheman" }).InnerTextAsync()).ShouldContain("2099-06-30");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("30-verksamhetsplan-2023");
        await heading.ScreenshotAsync("31-verksamhetsplan-nytt-enhetsmal");

        // As printed from the browser: the print stylesheet hides the navigation and keeps the plan.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator(".site-header").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("article.document").IsVisibleAsync()).ShouldBeTrue();
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, Path = Path.Combine(AppServer.ScreenshotDirectory, "32-verksamhetsplan-2023.pdf") });
        pdf.Length.ShouldBeGreaterThan(10_000);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Next year starts as a copy; this year stays as it was.
        await page.GotoAsync($"/organisation/{Hemtjanst}/verksamhetsplan?ar=2023");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kopiera till 2024" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldStartWith("Planen är kopierad till 2024");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Verksamhetsplan 2024");
        await page.GotoAsync($"/organisation/{Hemtjanst}/mal?ar=2024");
        (await page.Locator(".goal-tree__item").Filter(new() { HasText = "Kunderna får hjälp av få och kända medarbetare" }).Last.InnerTextAsync()).ShouldContain("Kopierad – granska");

        // The council's goals of 2024 (made for Hägersten-Älvsjö's VB 2024) are used, not copied a second time.
        (await page.GetByRole(AriaRole.Link, new() { Name = "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden", Exact = true }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Stockholms stad ska ge stöd och omsorg där behoven är som störst", Exact = true }).CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("33-mal-2024-efter-kopiering");
        await page.GotoAsync($"/organisation/{Hemtjanst}/verksamhetsplan/dokument?ar=2023");
        var unchanged = await page.Locator("article.document").InnerTextAsync();
        unchanged.ShouldBe(text);
    }
}
