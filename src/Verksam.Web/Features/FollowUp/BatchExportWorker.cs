using System.IO.Compression;
using System.Security.Claims;
using Verksam.Web.Features.Documents;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// Runs the queued exports in the host, one at a time (a PDF export already prints on every core). Each document is
/// composed as the person who started the export would see it, with their own access checked. When the application
/// stops, the export under way is cancelled and its file removed.
/// </summary>
public sealed partial class BatchExportWorker(BatchExport batches, IServiceScopeFactory scopes, ChromiumPdf pdf, ILogger<BatchExportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (job, user) in batches.Queue.ReadAllAsync(stoppingToken))
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    // The reader still hands out what is queued when stopping: that job fails, Close fails the rest.
                    job.Fail();
                    break;
                }

                await RunAsync(job, user, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued fails below.
        }
        finally
        {
            batches.Close();
        }
    }

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleaning.
        }
    }

    private async Task RunAsync(BatchJob job, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"verksam-export-{job.Id:N}.zip");
        // Documents are composed one at a time (one scope each, so no unit's data stays in memory); PDFs are printed by
        // as many Chromium processes at once as there are cores, and written to the zip in order.
        var pending = new Queue<(string Name, Task<byte[]> Content)>();
        using var printers = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        try
        {
            await using (var file = File.Create(path))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (unitId, unitName) in job.Units)
                {
                    await using (var scope = scopes.CreateAsyncScope())
                    {
                        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActFor(user);
                        var report = await scope.ServiceProvider.GetRequiredService<FollowUpService>().GetAsync(unitId, job.Period, cancellationToken);
                        var document = ReportDocument.Compose(report, LocalTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()));
                        var name = UniqueName(names, DocumentExport.FileName(document, unitName, job.Format == ExportFormat.Word ? "docx" : "pdf"));
                        if (job.Format == ExportFormat.Word)
                        {
                            pending.Enqueue((name, Task.FromResult(WordDocument.Render(document))));
                        }
                        else
                        {
                            var html = await scope.ServiceProvider.GetRequiredService<DocumentHtml>().RenderAsync(document, cancellationToken);
                            await printers.WaitAsync(cancellationToken);
                            pending.Enqueue((name, PrintAsync(html, printers, cancellationToken)));
                        }
                    }

                    while (pending.Count > 0 && (pending.Peek().Content.IsCompleted || pending.Count > Environment.ProcessorCount))
                    {
                        await WriteAsync(zip, pending.Dequeue(), job, cancellationToken);
                    }
                }

                while (pending.Count > 0)
                {
                    await WriteAsync(zip, pending.Dequeue(), job, cancellationToken);
                }
            }

            job.Finish(path);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogStopped(logger, job.Id);
            job.Fail();
            TryDelete(path);
        }
#pragma warning disable CA1031 // A failed export is reported on its page, whatever the cause.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, job.Id);
            job.Fail();
            TryDelete(path);
        }
        finally
        {
            // Prints still under way when the export stopped early are awaited too: no task is left unobserved.
            await Task.WhenAll(pending.Select(p => (Task)p.Content)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<byte[]> PrintAsync(string html, SemaphoreSlim printers, CancellationToken cancellationToken)
    {
        try
        {
            return await pdf.RenderAsync(html, cancellationToken);
        }
        finally
        {
            printers.Release();
        }
    }

    private static async Task WriteAsync(ZipArchive zip, (string Name, Task<byte[]> Content) item, BatchJob job, CancellationToken cancellationToken)
    {
        var content = await item.Content;
        var entry = zip.CreateEntry(item.Name, CompressionLevel.Fastest);
        await using (var stream = entry.Open())
        {
            await stream.WriteAsync(content, cancellationToken);
        }

        job.Advance();
    }

    private static string UniqueName(HashSet<string> names, string name)
    {
        var unique = name;
        for (var n = 2; !names.Add(unique); n++)
        {
            unique = Path.GetFileNameWithoutExtension(name) + $" ({n})" + Path.GetExtension(name);
        }

        return unique;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Batch export {Job} was stopped with the application")]
    private static partial void LogStopped(ILogger logger, Guid job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Batch export {Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid job);
}
