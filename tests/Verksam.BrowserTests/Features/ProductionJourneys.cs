using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[CollectionDefinition(Name)]
public sealed class ProductionServerGroup : ICollectionFixture<ProductionServer>
{
    public const string Name = "Verksam in Production behind its proxy";
}

[Collection(ProductionServerGroup.Name)]
public sealed class ProductionJourneys(ProductionServer server)
{
    [Fact]
    public async Task BehindTheHttpsProxy_LogIn_LogOut_AndACopyOfTheOldCookieLeadsToTheLoginPage()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();

        // The first administrator, made with create-admin, logs in through the proxy.
        await page.LoginAsync("admin", ProductionServer.AdminPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        var session = (await context.CookiesAsync()).Single(c => c.Name == "__Host-verksam");
        session.Secure.ShouldBeTrue();
        session.HttpOnly.ShouldBeTrue();
        session.SameSite.ShouldBe(SameSiteAttribute.Strict);
        session.Path.ShouldBe("/");
        await page.ScreenshotAsync("90-produktion-inloggad-bakom-proxy");

        // Logging out ends the session; the cookie copied before it is worth nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        // Wait for the address and then the page's heading, not for the load event: under load that event was once missed (30 s timeout).
        try
        {
            await page.WaitForURLAsync("**/logga-ut", new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException e)
        {
            // Once in a loaded full run the logout did not answer in 30 s; the app's own log says why.
            throw new TimeoutException("The logout did not answer. The app wrote:\n" + server.Output, e);
        }

        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        (await context.CookiesAsync()).ShouldNotContain(c => c.Name == session.Name, "logging out took the cookie away");

        // Sent again as someone who copied it would send it.
        await context.AddCookiesAsync([new Cookie { Name = session.Name, Value = session.Value, Url = server.BaseUrl, Secure = true, HttpOnly = true, SameSite = SameSiteAttribute.Strict }]);
        await page.GotoAsync("/organisation");

        page.Url.ShouldContain("/logga-in");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Logga in");
        await page.ScreenshotAsync("91-produktion-gammal-kaka-till-inloggning");
    }
}
