using Microsoft.Playwright;

namespace Verksam.BrowserTests.Infrastructure;

/// <summary>
/// Verksam as a person meets it: the built app started as a process on the Development profile with a fresh
/// embedded database (so the demo loads), and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private VerksamProcess? _process;
    private string _dataDirectory = string.Empty;

    public string BaseUrl { get; private set; } = string.Empty;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot => VerksamProcess.RepositoryRoot;

    /// <summary>Where journeys leave their screenshots, for a person to look at.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        File.Exists(ChromiumPath).ShouldBeTrue($"{ChromiumPath} is missing; ./test.sh installs Debian's chromium.");
        Directory.CreateDirectory(ScreenshotDirectory);
        _dataDirectory = Path.Combine(Path.GetTempPath(), "verksam-browser", Guid.NewGuid().ToString("N"));
        BaseUrl = $"http://127.0.0.1:{VerksamProcess.FreePort()}";
        _process = VerksamProcess.Start(["--urls", BaseUrl], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__DataDirectory"] = _dataDirectory,
        });
        await _process.WaitUntilHealthyAsync(BaseUrl);
        (Playwright, Browser) = await LaunchChromiumAsync();
    }

    /// <summary>Debian's Chromium, headless, without the background traffic a test has no use for.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchChromiumAsync()
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
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

    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "sv-SE", ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppServerGroup : ICollectionFixture<AppServer>
{
    public const string Name = "Verksam in Chromium";
}
