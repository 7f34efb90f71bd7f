using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Verksam.BrowserTests.Infrastructure;

public static class PageChecks
{
    /// <summary>Scans the page as it is now with axe-core against WCAG 2.1 A and AA; any violation fails the journey.</summary>
    public static async Task ShouldHaveNoAccessibilityViolationsAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(",", n.Target.ToString())))}").ToList();
        violations.ShouldBeEmpty($"axe found WCAG 2.1 AA violations on {page.Url}");
    }

    /// <summary>The page as a person sees it: the whole page when it is short, else the first screenful.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ScreenshotDirectory, name + ".png"), FullPage = height < 2500 });
    }

    public static Task ScreenshotAsync(this ILocator element, string name)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(AppServer.ScreenshotDirectory, name + ".png") });
    }

    public static async Task LoginAsync(this IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/logga-in");
        await page.GetByLabel("Användarnamn").FillAsync(userName);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
    }
}
