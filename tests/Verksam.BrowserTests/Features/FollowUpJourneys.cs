using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class FollowUpJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";
    private const string MyndighetLss = "7a1e0000-0000-4000-8000-000000000003";
    private const string Forvaltningen = "7a1e0000-0000-4000-8000-000000000002";
    private const string Medarbetare = "På enheten arbetar alla mot en gemensam målbild";

    [Fact]
    public async Task OctoberReport_FromYellowOutcome_ThroughReturnAndResubmission_ToApproval()
    {
        var manager = await server.NewPageAsync();
        await manager.LoginAsync("enhetschef.lss", DemoPassword);

        // An October outcome that turns the caseload indicator yellow.
        await manager.GotoAsync($"/organisation/{MyndighetLss}/uppfoljning/2023-10");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Registrera utfall för Okt 2023" }).First.ClickAsync();
        var caseload = manager.GetByRole(AriaRole.Group, new() { Name = "Ärendemängd per vuxenhandläggare, antal brukare. Medelvärde" });
        await caseload.GetByLabel("Utfall (antal)").FillAsync("60");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Spara utfall för Okt 2023" }).ClickAsync();

        // The report shows it yellow, and the goal's proposal beside the person's choice.
        await manager.GotoAsync($"/organisation/{MyndighetLss}/uppfoljning/2023-10");
        var goal = manager.Locator("section.report-goal").Filter(new() { HasText = Medarbetare });
        (await goal.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ärendemängd per vuxenhandläggare" }).InnerTextAsync()).ShouldContain("Gul");
        System.Text.RegularExpressions.Regex.Replace(await goal.Locator("fieldset .hint").InnerTextAsync(), @"\s+", " ").ShouldContain("Förslag från indikatorerna: ▲ Gul");
        await manager.ShouldHaveNoAccessibilityViolationsAsync();
        foreach (var other in await manager.Locator("section.report-goal").AllAsync())
        {
            await other.GetByLabel("Grön", new() { Exact = true }).CheckAsync();
        }

        await goal.GetByLabel("Gul", new() { Exact = true }).CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Skicka in" }).ClickAsync();
        (await manager.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("är bedömt gul: redogör för varför och vilka åtgärder som vidtas");
        (await goal.GetByLabel("Gul", new() { Exact = true }).IsCheckedAsync()).ShouldBeTrue();
        await manager.ShouldHaveNoAccessibilityViolationsAsync();
        await manager.ScreenshotAsync("40-manadsrapport-okt-gul-utan-forklaring");

        await goal.GetByLabel("Om gul/röd, redogör för varför och vilka åtgärder som vidtas eller planeras att vidtas?").FillAsync("Två handläggare sjukskrivna; ärenden fördelas om och en vikarie börjar i november.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Skicka in" }).ClickAsync();
        (await manager.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Rapporten är inskickad.");
        (await manager.Locator(".report-status").InnerTextAsync()).ShouldContain("Inskickad");

        // The approver sends it back with a comment.
        var approver = await server.NewPageAsync();
        await approver.LoginAsync("godkannare.tyreso", DemoPassword);
        await approver.GotoAsync($"/organisation/{MyndighetLss}/uppfoljning/2023-10");
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.GetByLabel("Kommentar till enheten – vad ska ändras?").FillAsync("Beskriv också hur ärendefördelningen följs upp.");
        await approver.GetByRole(AriaRole.Button, new() { Name = "Återremittera till enheten" }).ClickAsync();
        (await approver.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Rapporten är återremitterad till enheten.");

        // The unit manager reads the comment, corrects and resubmits.
        await manager.ReloadAsync();
        (await manager.Locator(".notice--warning").InnerTextAsync()).ShouldContain("Beskriv också hur ärendefördelningen följs upp.");
        var measures = manager.Locator("section.report-goal").Filter(new() { HasText = Medarbetare })
            .GetByLabel("Om gul/röd, redogör för varför och vilka åtgärder som vidtas eller planeras att vidtas?");
        await measures.FillAsync("Två handläggare sjukskrivna; ärenden fördelas om och en vikarie börjar i november. Gruppledaren följer ärendemängden varje vecka.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Skicka in" }).ClickAsync();
        (await manager.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Rapporten är inskickad.");

        // The approver approves; the overview shows it approved.
        await approver.ReloadAsync();
        await approver.GetByRole(AriaRole.Button, new() { Name = "Godkänn rapporten" }).ClickAsync();
        (await approver.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Rapporten är godkänd.");
        var history = await approver.GetByRole(AriaRole.Table).Filter(new() { HasText = "Händelser" }).InnerTextAsync();
        history.ShouldContain("Utkast → Inskickad");
        history.ShouldContain("Inskickad → Återremitterad");
        history.ShouldContain("Beskriv också hur ärendefördelningen följs upp.");
        history.ShouldContain("Återremitterad → Inskickad");
        history.ShouldContain("Inskickad → Godkänd");
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.ScreenshotAsync("41-manadsrapport-okt-godkand");

        await approver.GotoAsync($"/organisation/{Forvaltningen}/uppfoljning/oversikt/perioder?ar=2023");
        var october = approver.GetByRole(AriaRole.Link, new() { Name = "Myndighet LSS, Okt 2023: Godkänd; mål: Grön, Grön, Grön, Gul" });
        (await october.CountAsync()).ShouldBe(1);
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.ScreenshotAsync("42-oversikt-forvaltningen-2023");

        // The printed report is the same document.
        await approver.GotoAsync($"/organisation/{MyndighetLss}/uppfoljning/2023-10/dokument");
        (await approver.Locator("article.document").InnerTextAsync()).ShouldContain("Gruppledaren följer ärendemängden varje vecka.");
        await approver.ShouldHaveNoAccessibilityViolationsAsync();
        await approver.ScreenshotAsync("43-manadsrapport-okt-dokument");
    }

    /// <summary>
    /// Issue 18, item 6: a unit manager types in November's report and follows a link away; the browser asks before
    /// leaving, and coming back offers the text typed, which is then saved. Text near the limit shows a counter (item 9).
    /// </summary>
    [Fact]
    public async Task TextTypedInAReport_IsNotLost_WhenTheManagerFollowsALinkAway()
    {
        const string typed = "Nattpatrullen fick ny bil; introduktion av två nya handläggare.";
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.lss", DemoPassword);
        var report = $"/organisation/{MyndighetLss}/uppfoljning/2023-11";
        await page.GotoAsync(report);
        var events = page.GetByLabel("Viktiga händelser under månaden");
        await events.FillAsync(typed);

        var asked = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            await dialog.AcceptAsync();
        };
        await page.GetByRole(AriaRole.Link, new() { Name = "Följ upp riskerna" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith(report, StringComparison.Ordinal));
        asked.ShouldBe(["beforeunload"], "the browser asks before a page with unsaved text is left");

        await page.GotoAsync(report);
        (await events.InputValueAsync()).ShouldBeEmpty("nothing was saved on the server");
        var notice = page.Locator(".draft-notice");
        (await notice.InnerTextAsync()).ShouldContain("Du har text i det här formuläret som inte sparades");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("43-manadsrapport-osparad-text");
        await notice.GetByRole(AriaRole.Button, new() { Name = "Återställ texten" }).ClickAsync();
        (await events.InputValueAsync()).ShouldBe(typed);

        // A text nearing the one limit of free text says how much is left.
        var economy = page.GetByLabel("Ekonomisk rapport");
        await economy.FillAsync(new string('x', 9_500));
        (await page.Locator("#" + await economy.GetAttributeAsync("id") + "-count").InnerTextAsync()).Replace('\u00A0', ' ').ShouldBe("9 500 av högst 10 000 tecken");
        // Typed just before saving, and stored trimmed: what the server sends back differs from what was typed, and
        // still no text is offered back after the save.
        await economy.FillAsync("Se nämndrapporten.   ");

        asked.Clear();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Utkastet är sparat.");
        asked.ShouldBeEmpty("saving leaves the page without asking");
        await page.ReloadAsync();
        (await events.InputValueAsync()).ShouldBe(typed);
        (await page.Locator(".draft-notice").CountAsync()).ShouldBe(0, "the saved text is no draft any more");
    }
}
