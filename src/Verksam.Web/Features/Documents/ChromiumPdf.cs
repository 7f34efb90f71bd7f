using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// Turns a document's print view into PDF with headless Chromium, when it is installed: Verksam:Chromium in the
/// configuration, else chromium, chromium-browser or google-chrome on the PATH. Chromium tags the PDF (structure for
/// screen readers) and writes the headings as the PDF's outline. The page has no scripts and loads nothing.
/// <para>
/// Chromium has no CSS target-counter, so the contents' page numbers come from a first print: each element
/// <c>data-page-of="del-3"</c> is given the page of the link target <c>del-3</c> (the PDF's named destination), and the
/// page is printed again. Both prints are made by one Chromium, driven over its DevTools protocol, so the second costs
/// a print, not a browser's start. The placeholders keep their width, so the numbers change no page break.
/// </para>
/// </summary>
public sealed class ChromiumPdf(IConfiguration configuration, ILogger<ChromiumPdf> logger)
{
    /// <summary>The attribute of an element that shows the page a link target is on.</summary>
    public const string PageOfAttribute = "data-page-of";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly Lazy<string?> _executable = new(() => Find(configuration["Verksam:Chromium"]));

    public bool IsAvailable => _executable.Value is not null;

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var chromium = _executable.Value ?? throw new InvalidOperationException(Resources.Texts.Document_PdfUnavailable);
        var work = Directory.CreateTempSubdirectory("verksam-pdf-");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        Process? process = null;
        try
        {
            var input = Path.Combine(work.FullName, "document.html");
            await File.WriteAllTextAsync(input, html, timeout.Token);
            var profile = Path.Combine(work.FullName, "profile");
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank",
            })
            {
                start.ArgumentList.Add(argument);
            }

            process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                var endpoint = await EndpointAsync(profile, process, timeout.Token);
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(endpoint, timeout.Token);
                var devTools = new DevTools(socket);
                return await PrintAsync(devTools, new Uri(input).AbsoluteUri, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or InvalidOperationException or IOException or JsonException or KeyNotFoundException)
            {
                logger.LogError(e, "Chromium made no PDF: {Errors}", process.HasExited ? await errors : string.Empty);
                throw new InvalidOperationException("Chromium made no PDF.", e);
            }
        }
        finally
        {
            if (process is not null)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None);
                }
                catch (InvalidOperationException)
                {
                    // It has exited already.
                }

                process.Dispose();
            }

            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold its profile for a moment; the temporary folder is cleaned by the system.
            }
        }
    }

    /// <summary>Opens the page, prints it, and when it has page references, fills them in and prints it again.</summary>
    private static async Task<byte[]> PrintAsync(DevTools devTools, string url, CancellationToken cancellationToken)
    {
        var target = await devTools.SendAsync("Target.createTarget", new Dictionary<string, object> { ["url"] = "about:blank" }, null, cancellationToken);
        var attached = await devTools.SendAsync("Target.attachToTarget", new Dictionary<string, object> { ["targetId"] = target.GetProperty("targetId").GetString()!, ["flatten"] = true }, null, cancellationToken);
        var session = attached.GetProperty("sessionId").GetString()!;
        await devTools.SendAsync("Page.enable", null, session, cancellationToken);
        await devTools.SendAsync("Page.navigate", new Dictionary<string, object> { ["url"] = url }, session, cancellationToken);
        await devTools.WaitForEventAsync("Page.loadEventFired", cancellationToken);

        var pdf = await PrintOnceAsync(devTools, session, cancellationToken);
        var references = await EvaluateAsync(devTools, session, $"document.querySelectorAll('[{PageOfAttribute}]').length", cancellationToken);
        if (references.GetProperty("value").GetInt32() == 0)
        {
            return pdf;
        }

        var pages = PdfDestinations.Pages(pdf);
        if (pages.Count == 0)
        {
            return pdf;
        }

        var numbers = JsonSerializer.Serialize(pages.ToDictionary(p => p.Key, p => p.Value.ToString(CultureInfo.InvariantCulture)));
        await EvaluateAsync(devTools, session,
            $"(() => {{ const pages = {numbers}; for (const e of document.querySelectorAll('[{PageOfAttribute}]')) {{ e.textContent = pages[e.getAttribute('{PageOfAttribute}')] ?? ''; }} return true; }})()",
            cancellationToken);
        return await PrintOnceAsync(devTools, session, cancellationToken);
    }

    private static async Task<byte[]> PrintOnceAsync(DevTools devTools, string session, CancellationToken cancellationToken)
    {
        var printed = await devTools.SendAsync("Page.printToPDF", new Dictionary<string, object>
        {
            ["printBackground"] = true,
            ["preferCSSPageSize"] = true,
            ["displayHeaderFooter"] = false,
            ["generateTaggedPDF"] = true,
            ["generateDocumentOutline"] = true,
        }, session, cancellationToken);
        return Convert.FromBase64String(printed.GetProperty("data").GetString()!);
    }

    private static async Task<JsonElement> EvaluateAsync(DevTools devTools, string session, string expression, CancellationToken cancellationToken)
    {
        var evaluated = await devTools.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = expression, ["returnByValue"] = true }, session, cancellationToken);
        if (evaluated.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException("Chromium could not fill in the page numbers: " + exception);
        }

        return evaluated.GetProperty("result");
    }

    /// <summary>The browser's DevTools address, which Chromium writes to DevToolsActivePort in its profile once it listens.</summary>
    private static async Task<Uri> EndpointAsync(string profile, Process process, CancellationToken cancellationToken)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium stopped (exit {process.ExitCode}).");
            }

            if (File.Exists(file))
            {
                string[] lines;
                try
                {
                    lines = await File.ReadAllLinesAsync(file, cancellationToken);
                }
                catch (IOException)
                {
                    lines = [];
                }

                if (lines.Length >= 2 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
                {
                    return new Uri($"ws://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}{lines[1]}");
                }
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    private static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The few DevTools commands a print needs, one at a time; events are remembered until waited for.</summary>
    private sealed class DevTools(ClientWebSocket socket)
    {
        private readonly HashSet<string> _events = [];
        private int _id;

        public async Task<JsonElement> SendAsync(string method, Dictionary<string, object>? parameters, string? session, CancellationToken cancellationToken)
        {
            var id = ++_id;
            var message = new Dictionary<string, object> { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
            if (session is not null)
            {
                message["sessionId"] = session;
            }

            await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            while (true)
            {
                using var reply = await ReceiveAsync(cancellationToken);
                var root = reply.RootElement;
                if (root.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id)
                {
                    if (root.TryGetProperty("error", out var error))
                    {
                        throw new InvalidOperationException($"Chromium refused {method}: {error}");
                    }

                    return root.GetProperty("result").Clone();
                }

                if (root.TryGetProperty("method", out var name))
                {
                    _events.Add(name.GetString()!);
                }
            }
        }

        public async Task WaitForEventAsync(string method, CancellationToken cancellationToken)
        {
            while (!_events.Remove(method))
            {
                using var reply = await ReceiveAsync(cancellationToken);
                if (reply.RootElement.TryGetProperty("method", out var name))
                {
                    _events.Add(name.GetString()!);
                }
            }
        }

        private async Task<JsonDocument> ReceiveAsync(CancellationToken cancellationToken)
        {
            using var message = new MemoryStream();
            var buffer = new byte[64 * 1024];
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    throw new InvalidOperationException("Chromium closed the connection.");
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    message.Position = 0;
                    return await JsonDocument.ParseAsync(message, cancellationToken: cancellationToken);
                }
            }
        }
    }
}
