using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class QualityJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";
    private const string MyndighetLss = "7a1e0000-0000-4000-8000-000000000003";
    private const string NewRisk = "Vakanta tjänster som barnhandläggare under hösten";
    private const string IfoVuxna = "40dd0000-0000-4000-8000-000000000003";

    [Fact]
    public async Task RegisterARisk_SeeItInTheMatrixAndTheReport_ThenMarkAWheelActivityRed()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", DemoPassword);

        // Register a risk from the unit page, scored 4 × 4.
        await page.GotoAsync($"/organisation/{MyndighetLss}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Riskregister" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("Riskregister 2023");
        var cell = page.Locator(".risk-matrix tbody tr").Nth(1).Locator("td").Nth(3);
        (await cell.InnerTextAsync()).ShouldContain("5");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera risk" }).ClickAsync();
        await page.GetByLabel("Risk", new() { Exact = true }).FillAsync(NewRisk);
        await page.GetByLabel("Typ av risk").FillAsync("Medarbetare/arbetsmiljö");
        await page.GetByRole(AriaRole.Group, new() { Name = "Sannolikhet" }).GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Konsekvens" }).GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Risken är sparad.");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Riskvärde: (4x4) 16");
        (await page.GetByLabel("Ingår i uppföljningen").IsCheckedAsync()).ShouldBeTrue();

        // Add an action.
        await page.GetByLabel("Åtgärd", new() { Exact = true }).FillAsync("Rekrytera två barnhandläggare");
        await page.GetByLabel("Ansvarig (valfritt)").FillAsync("EC");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till åtgärd" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Åtgärden är sparad.");
        (await page.GetByRole(AriaRole.Table).First.InnerTextAsync()).ShouldContain("Rekrytera två barnhandläggare");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("50-risk-med-atgard");

        // The matrix counts it in its cell, written out.
        await page.GetByRole(AriaRole.Link, new() { Name = "Riskregister 2023" }).ClickAsync();
        var matrixCell = page.Locator(".risk-matrix tbody tr").Nth(1).Locator("td").Nth(3);
        (await matrixCell.InnerTextAsync()).ShouldContain("6");
        (await matrixCell.InnerTextAsync()).ShouldContain("Antal risker: 6. Sannolikhet 4, konsekvens 4, riskvärde 16 (Röd).");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("51-riskregister-matris");

        // The month's report takes it into the risk follow-up without anyone adding it.
        await page.GotoAsync($"/organisation/{MyndighetLss}/uppfoljning/2023-11");
        var risks = page.GetByRole(AriaRole.Table, new() { Name = "Risker i uppföljningen" });
        var row = risks.GetByRole(AriaRole.Row).Filter(new() { HasText = NewRisk });
        (await row.InnerTextAsync()).ShouldContain("(4x4) 16");
        (await row.InnerTextAsync()).ShouldContain("Rekrytera två barnhandläggare");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // The annual wheel: R without a comment is refused, then given one.
        await page.GetByRole(AriaRole.Link, new() { Name = "Följ upp årshjulet" }).ClickAsync();
        var activity = "Publicering av resultat brukarundersökning";
        await page.GetByRole(AriaRole.Group, new() { Name = $"Bedömning av ”{activity}”" }).GetByLabel("R – inte påbörjad").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljningen" }).ClickAsync();
        // Only that message: every other activity's choice, "–" included, is read as posted.
        (await page.GetByRole(AriaRole.Alert).Locator("li").AllInnerTextsAsync()).ShouldBe([$"”{activity}” är markerad R (inte påbörjad): skriv i kommentaren varför."]);
        (await page.GetByRole(AriaRole.Group, new() { Name = $"Bedömning av ”{activity}”" }).GetByLabel("R – inte påbörjad").IsCheckedAsync()).ShouldBeTrue();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("52-arshjul-r-utan-kommentar");
        (await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link).First.GetAttributeAsync("href")).ShouldNotBeNull().ShouldStartWith("#Marks_");
        var comment = page.GetByLabel($"Kommentar till ”{activity}”");
        await comment.FillAsync("Resultatet dröjer från SAS; publiceras i januari.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljningen" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Uppföljningen av årshjulet är sparad.");

        await page.GotoAsync($"/organisation/{MyndighetLss}/uppfoljning/2023-11");
        var november = page.GetByRole(AriaRole.Table, new() { Name = "Månad november" });
        var wheelRow = november.GetByRole(AriaRole.Row).Filter(new() { HasText = activity });
        (await wheelRow.InnerTextAsync()).ShouldContain("Resultatet dröjer från SAS; publiceras i januari.");
        (await wheelRow.InnerTextAsync()).ShouldContain("Röd");
        await page.ScreenshotAsync("53-manadsrapport-nov-avsnitt-4-6");
    }

    [Fact]
    public async Task FailedControl_RaisesAnAction_ThatTheRiskItWatchesShows()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", DemoPassword);
        await page.GotoAsync($"/organisation/{MyndighetLss}/egenkontroller?ar=2023");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny egenkontroll" }).ClickAsync();
        await page.GetByLabel("Egenkontroll", new() { Exact = true }).FillAsync("Kontroll av smittskyddsrutinen");
        await page.GetByLabel("mars", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Risk som kontrollen bevakar (valfritt)").SelectOptionAsync(new SelectOptionValue { Label = "Pandemi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Egenkontrollen är sparad.");

        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2023-03-31");
        await page.GetByLabel("Brister", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Vad kontrollen visade").FillAsync("Rutinen var inte känd av nyanställda.");
        await page.GetByLabel("Åtgärd som behövs (valfritt)").FillAsync("Gå igenom smittskyddsrutinen på APT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera resultat" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Resultatet är registrerat.");

        await page.GotoAsync($"/organisation/{MyndighetLss}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Riskregister" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Pandemi", Exact = true }).ClickAsync();
        var actions = page.GetByRole(AriaRole.Table, new() { Name = "Åtgärder" });
        (await actions.InnerTextAsync()).ShouldContain("Gå igenom smittskyddsrutinen på APT");
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("Risken har inga åtgärder än.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("53-risk-med-atgard-fran-egenkontroll");
    }

    [Fact]
    public async Task ChooseAProcesssQualityIndicator_ThenTheQualityPlanShowsItUnderTheProcess()
    {
        const string Process = "Myndighetsutövning för vuxna";
        const string Added = "Brukarbedömning missbruksvård IFO - förbättrad situation, andel (%)";
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.ifo", DemoPassword);

        await page.GotoAsync($"/organisation/{IfoVuxna}/processer");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Kvalitetsindikatorer: {Process}" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain($"Kvalitetsindikatorer 2022: {Process}");
        (await page.GetByLabel("Andelen vuxenutredningar avslutade inom 60 dagar").IsCheckedAsync()).ShouldBeTrue();
        await page.GetByLabel(Added).CheckAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("55-processens-kvalitetsindikatorer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Processens kvalitetsindikatorer är sparade.");

        await page.GotoAsync($"/organisation/{IfoVuxna}/kvalitetsplan/dokument?ar=2022");
        // The process's indicator table (its risk table has the same caption) now lists both.
        var table = page.GetByRole(AriaRole.Table, new() { Name = Process, Exact = true }).Filter(new() { HasText = Added });
        (await table.InnerTextAsync()).ShouldContain("Andelen vuxenutredningar avslutade inom 60 dagar");
    }
}
