using Microsoft.Playwright;

namespace Verksam.BrowserTests.Infrastructure;

/// <summary>
/// Verksam deployed as the README says: the Production environment on plain HTTP on loopback, its first administrator
/// made with <c>create-admin</c>, and an HTTPS reverse proxy in front that the browser talks to.
/// </summary>
public sealed class ProductionServer : IAsyncLifetime
{
    public const string AdminPassword = "Produktion-bakom-proxyn-2026";

    private VerksamProcess? _process;
    private HttpsForwardingProxy? _proxy;
    private string _dataDirectory = string.Empty;

    public string BaseUrl => _proxy!.BaseUrl;

    /// <summary>What the app has written to its console so far, for a failure's message.</summary>
    public string Output => _process?.Output ?? string.Empty;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(AppServer.ScreenshotDirectory);
        _dataDirectory = Path.Combine(Path.GetTempPath(), "verksam-production", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__DataDirectory"] = _dataDirectory,
        };
        await VerksamProcess.RunCommandAsync(
            ["create-admin", "--username", "admin", "--name", "Systemförvaltare"],
            new Dictionary<string, string>(environment) { ["VERKSAM_ADMIN_PASSWORD"] = AdminPassword });

        var appUrl = $"http://127.0.0.1:{VerksamProcess.FreePort()}";
        _process = VerksamProcess.Start(["--urls", appUrl], environment);
        await _process.WaitUntilHealthyAsync(appUrl);
        _proxy = await HttpsForwardingProxy.StartAsync(appUrl);
        (Playwright, Browser) = await AppServer.LaunchChromiumAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A browser of its own; the proxy's certificate is made for the run, so the browser is told to accept it.</summary>
    public async Task<IBrowserContext> NewContextAsync() =>
        await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "sv-SE", IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
}
