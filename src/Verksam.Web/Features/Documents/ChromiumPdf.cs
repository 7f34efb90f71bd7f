using System.Diagnostics;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// Turns a document's print view into PDF with headless Chromium, when it is installed: Verksam:Chromium in the
/// configuration, else chromium, chromium-browser or google-chrome on the PATH. Chromium tags the PDF (structure for
/// screen readers) and writes the headings as the PDF's outline. The page has no scripts and loads nothing.
/// </summary>
public sealed class ChromiumPdf(IConfiguration configuration, ILogger<ChromiumPdf> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly Lazy<string?> _executable = new(() => Find(configuration["Verksam:Chromium"]));

    public bool IsAvailable => _executable.Value is not null;

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var chromium = _executable.Value ?? throw new InvalidOperationException(Resources.Texts.Document_PdfUnavailable);
        var work = Directory.CreateTempSubdirectory("verksam-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document.html");
            var output = Path.Combine(work.FullName, "document.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + Path.Combine(work.FullName, "profile"), "--no-pdf-header-footer", "--generate-pdf-document-outline",
                "--print-to-pdf=" + output, new Uri(input).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                logger.LogError("Chromium made no PDF (exit {Code}): {Errors}", process.ExitCode, await errors);
                throw new InvalidOperationException("Chromium made no PDF.");
            }

            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
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
}
