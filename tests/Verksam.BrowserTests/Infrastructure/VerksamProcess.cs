using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Verksam.BrowserTests.Infrastructure;

/// <summary>The built Verksam.Web.dll run as a process, as an operator runs it, with its output kept for a failure message.</summary>
public sealed class VerksamProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private VerksamProcess(Process process)
    {
        _process = process;
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app with the given arguments and environment; the working directory is the project's, as with <c>dotnet run</c>.</summary>
    public static VerksamProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var webProject = Path.Combine(RepositoryRoot, "src", "Verksam.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "Verksam.Web.dll");
        File.Exists(dll).ShouldBeTrue($"{dll} is missing; build the solution first.");
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var running = new VerksamProcess(Process.Start(start)!);
        running._process.OutputDataReceived += (_, e) => running.Append(e.Data);
        running._process.ErrorDataReceived += (_, e) => running.Append(e.Data);
        running._process.BeginOutputReadLine();
        running._process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Runs an administrator's command to its end and fails with its output unless it succeeds.</summary>
    public static async Task RunCommandAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        await using var command = Start(arguments, environment);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await command._process.WaitForExitAsync(timeout.Token);
        command._process.ExitCode.ShouldBe(0, command.Output);
    }

    public async Task WaitUntilHealthyAsync(string baseUrl)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("Verksam exited at start:\n" + Output);
            }

            try
            {
                if ((await http.GetAsync(baseUrl + "/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("Verksam did not become healthy:\n" + Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Verksam.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Verksam.slnx not found above " + AppContext.BaseDirectory);
    }
}
