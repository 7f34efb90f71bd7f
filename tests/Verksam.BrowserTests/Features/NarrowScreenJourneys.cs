using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

/// <summary>
/// WCAG 2.1 AA reflow (1.4.10): at 320 CSS pixels wide a page scrolls only up and down. A wide table may scroll inside
/// its own frame, but nothing may push the page itself wider: a hidden caption escaping its frame, a long word in a
/// form's legend.
/// </summary>
[Collection(AppServerGroup.Name)]
public sealed class NarrowScreenJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";

    private const string MyndighetLss = "7a1e0000-0000-4000-8000-000000000003";

    [Fact]
    public async Task AtThreeHundredTwentyPixels_TheUnitsPages_DoNotScrollSideways()
    {
        var page = await server.NewPageAsync(width: 320);
        await page.LoginAsync("enhetschef.lss", DemoPassword);
        var unit = $"/organisation/{MyndighetLss}";

        var wide = new List<string>();
        foreach (var url in new[] { "/", $"{unit}/risker?ar=2023", $"{unit}/arshjul?ar=2023", $"{unit}/risker/uppfoljning/2023-10", $"{unit}/kvalitetsplan?ar=2023", $"{unit}/mal?ar=2023", $"{unit}/uppfoljning/2023-10", $"{unit}/arenden", $"{unit}/kvalitetsplan/dokument?ar=2023", $"{unit}/verksamhetsplan/dokument?ar=2023" })
        {
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 320)
            {
                wide.Add($"{url}: {width} px");
            }
        }

        await page.GotoAsync($"{unit}/risker/uppfoljning/2023-10");
        await page.ScreenshotAsync("90-riskuppfoljning-320");
        wide.ShouldBeEmpty();

        // Stacked on a narrow screen each cell shows its column's name; a cell with nothing to name shows no lone ":".
        // Reading a matter is logged without changes.
        await page.GotoAsync($"{unit}/arenden");
        await page.Locator("main table tbody a").First.ClickAsync();
        var admin = await server.NewPageAsync(width: 320);
        await admin.LoginAsync("administrator", DemoPassword);
        await admin.GotoAsync($"{unit}/logg");
        (await admin.Locator("main td[data-label='Vad']").AllInnerTextsAsync()).ShouldContain(t => t.EndsWith(" läst", StringComparison.Ordinal));
        var lone = await admin.EvaluateAsync<int>("[...document.querySelectorAll('main td')].filter(td => getComputedStyle(td, '::before').content === '\": \"').length");
        lone.ShouldBe(0);
    }
}
