using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Accounts;

namespace Verksam.IntegrationTests.Features.Accounts;

/// <summary>
/// The Production configuration as the README deploys it: Kestrel on plain HTTP on loopback, behind an HTTPS reverse
/// proxy that sends X-Forwarded-Proto and X-Forwarded-For. Real sockets, so the client address is real too.
/// </summary>
public abstract class ProductionBehindProxyTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task BehindAProxyOnTheSameMachine_LoginWorks_WithSecureHostOnlyCookies()
    {
        await using var app = await StartAsync(trustedProxy: null);
        var browser = new ProxiedBrowser(app.Address);

        var form = await browser.GetAsync("/logga-in");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var loggedIn = await browser.PostFormAsync("/logga-in", await form.Content.ReadAsStringAsync(), new() { ["Input.UserName"] = "admin", ["Input.Password"] = TestData.Password });

        loggedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await loggedIn.Content.ReadAsStringAsync());
        var cookie = loggedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-verksam=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("secure");
        cookie.ShouldContain("path=/");
        cookie.ShouldNotContain("domain=");
        (await browser.GetAsync("/organisation")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PlainHttpWithoutTheProxy_SaysHowToSetTheProxyUp_InsteadOfFailing()
    {
        await using var app = await StartAsync(trustedProxy: null);
        using var client = new HttpClient { BaseAddress = new Uri(app.Address) };

        var response = await client.GetAsync("/logga-in");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("ReverseProxy:TrustedProxies");
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK, "a monitor on the machine may ask over plain HTTP");
    }

    [Fact]
    public async Task ForwardedHeadersFromASenderThatIsNotTheTrustedProxy_AreIgnored()
    {
        await using var app = await StartAsync(trustedProxy: "192.0.2.1");
        var browser = new ProxiedBrowser(app.Address);

        var response = await browser.GetAsync("/logga-in");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "127.0.0.1 is not the proxy named in the setting, so its X-Forwarded-Proto is not believed");
    }

    private async Task<RunningApp> StartAsync(string? trustedProxy)
    {
        var factory = new ProductionFactory(_database, trustedProxy);
        factory.UseKestrel(0);
        factory.StartServer();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<VerksamUser>>();
            if (await users.FindByNameAsync("admin") is null)
            {
                (await users.CreateAsync(new VerksamUser { UserName = "admin", DisplayName = "Systemförvaltare", IsAdministrator = true }, TestData.Password)).Succeeded.ShouldBeTrue();
            }
        }

        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningApp(factory, address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    private sealed class RunningApp(ProductionFactory factory, string address) : IAsyncDisposable
    {
        public string Address { get; } = address;

        public ValueTask DisposeAsync() => factory.DisposeAsync();
    }

    private sealed class ProductionFactory(TestDatabase database, string? trustedProxy) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.UseSetting("Database:Provider", database.Provider.ToString());
            builder.UseSetting("ConnectionStrings:Verksam", database.ConnectionString);
            builder.UseSetting("Database:DataDirectory", database.Directory);
            if (trustedProxy is not null)
            {
                builder.UseSetting("ReverseProxy:TrustedProxies:0", trustedProxy);
            }
        }
    }

    /// <summary>What an HTTPS proxy on the same machine sends on: X-Forwarded-Proto https, and the browser's cookies, Secure ones included.</summary>
    private sealed class ProxiedBrowser(string address)
    {
        private static readonly HtmlParser Parser = new();
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
        private readonly HttpClient _client = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };

        public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

        public Task<HttpResponseMessage> PostFormAsync(string path, string formPage, Dictionary<string, string> fields)
        {
            var token = Parser.ParseDocument(formPage).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            fields["__RequestVerificationToken"] = token;
            return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "198.51.100.23");
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await _client.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var pair in set.Select(c => c.Split(';')[0]))
                {
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    _cookies[pair[..eq]] = pair[(eq + 1)..];
                }
            }

            return response;
        }
    }
}

public sealed class ProductionBehindProxyTests_Sqlite() : ProductionBehindProxyTests(DatabaseProvider.Sqlite);

public sealed class ProductionBehindProxyTests_PostgreSql() : ProductionBehindProxyTests(DatabaseProvider.PostgreSql);
