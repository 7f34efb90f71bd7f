using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.FollowUp;

public enum BatchState
{
    Running = 1,
    Done = 2,
    Failed = 3,
}

/// <summary>
/// One export of the reports of every unit under a level for a period, running in the background. Only the person
/// who started it sees it; its zip is a temporary file, removed an hour after it was made.
/// </summary>
public sealed class BatchJob
{
    private int _done;

    public Guid Id { get; } = Guid.NewGuid();

    public required string UserId { get; init; }

    public required Guid UnitId { get; init; }

    public required string UnitName { get; init; }

    public required Period Period { get; init; }

    public required ExportFormat Format { get; init; }

    /// <summary>The units with a report for the period, and those without, by name.</summary>
    public required IReadOnlyList<(Guid Id, string Name)> Units { get; init; }

    public required IReadOnlyList<string> Missing { get; init; }

    public DateTime StartedAt { get; } = DateTime.UtcNow;

    public int Done => Volatile.Read(ref _done);

    public BatchState State { get; internal set; } = BatchState.Running;

    public string? File { get; internal set; }

    public string FileName => DocumentExport.FileName(new DocumentModel(FollowUpService.Title(Period), [], []), UnitName, "zip");

    internal void Advance() => Interlocked.Increment(ref _done);
}

/// <summary>
/// Exports the follow-up reports (month, tertial or annual) of every unit under a level for one period as one zip of
/// Word or PDF documents. Each document is composed as the user would see it, with the user's own access checked.
/// </summary>
public sealed class BatchExport(IServiceScopeFactory scopes, ChromiumPdf pdf, ILogger<BatchExport> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, BatchJob> _jobs = new();

    /// <summary>Starts the export in the background and returns at once; the job reports its progress.</summary>
    public async Task<BatchJob> StartAsync(Guid unitId, Period period, ExportFormat format, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        Sweep();
        BatchJob job;
        await using (var scope = scopes.CreateAsyncScope())
        {
            AsUser(scope.ServiceProvider, user);
            var access = scope.ServiceProvider.GetRequiredService<AccessService>();
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            var top = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
            var prefix = top.Path;
            var orgUnits = scope.ServiceProvider.GetRequiredService<OrgUnitService>();
            var units = (await orgUnits.SubtreeAsync(top, cancellationToken)).Where(u => u.Kind == OrgUnitKind.Unit).ToList();
            var unitIds = orgUnits.IdsUnder(prefix);
            var reported = (await db.FollowUpReports.AsNoTracking()
                .Where(r => r.Year == period.Year && r.PeriodKind == period.Kind && r.StartMonth == period.StartMonth && r.EndMonth == period.EndMonth && unitIds.Contains(r.OrgUnitId))
                .Select(r => r.OrgUnitId).ToListAsync(cancellationToken)).ToHashSet();
            var ordered = units.OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
            job = new BatchJob
            {
                UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
                UnitId = unitId,
                UnitName = top.Name,
                Period = period,
                Format = format,
                Units = ordered.Where(u => reported.Contains(u.Id)).Select(u => (u.Id, u.Name)).ToList(),
                Missing = ordered.Where(u => !reported.Contains(u.Id)).Select(u => u.Name).ToList(),
            };
        }

        _jobs[job.Id] = job;
        // The export starts with a clean execution context: it must not share (and later clear) the request's HttpContext.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(job, user), CancellationToken.None);
        }

        return job;
    }

    /// <summary>The job, if it exists and is the user's own.</summary>
    public BatchJob? Find(Guid id, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _jobs.TryGetValue(id, out var job) && job.UserId == user.FindFirstValue(ClaimTypes.NameIdentifier) ? job : null;
    }

    /// <summary>Runs an export to the end where the caller waits for it (the benchmark, the command line).</summary>
    public async Task<BatchJob> RunToEndAsync(Guid unitId, Period period, ExportFormat format, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var job = await StartAsync(unitId, period, format, user, cancellationToken);
        while (job.State == BatchState.Running)
        {
            await Task.Delay(50, cancellationToken);
        }

        return job;
    }

    private async Task RunAsync(BatchJob job, ClaimsPrincipal user)
    {
        var path = Path.Combine(Path.GetTempPath(), $"verksam-export-{job.Id:N}.zip");
        try
        {
            await using (var file = System.IO.File.Create(path))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                // Documents are composed one at a time (one scope each, so no unit's data stays in memory); PDFs are
                // printed by as many Chromium processes at once as there are cores, and written to the zip in order.
                var pending = new Queue<(string Name, Task<byte[]> Content)>();
                using var printers = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (unitId, unitName) in job.Units)
                {
                    await using (var scope = scopes.CreateAsyncScope())
                    {
                        AsUser(scope.ServiceProvider, user);
                        var document = ReportDocument.Compose(await scope.ServiceProvider.GetRequiredService<FollowUpService>().GetAsync(unitId, job.Period));
                        var name = UniqueName(names, DocumentExport.FileName(document, unitName, job.Format == ExportFormat.Word ? "docx" : "pdf"));
                        if (job.Format == ExportFormat.Word)
                        {
                            pending.Enqueue((name, Task.FromResult(WordDocument.Render(document))));
                        }
                        else
                        {
                            var html = await scope.ServiceProvider.GetRequiredService<DocumentHtml>().RenderAsync(document);
                            await printers.WaitAsync();
                            pending.Enqueue((name, PrintAsync(html, printers)));
                        }
                    }

                    while (pending.Count > 0 && (pending.Peek().Content.IsCompleted || pending.Count > Environment.ProcessorCount))
                    {
                        await WriteAsync(zip, pending.Dequeue(), job);
                    }
                }

                while (pending.Count > 0)
                {
                    await WriteAsync(zip, pending.Dequeue(), job);
                }
            }

            job.File = path;
            job.State = BatchState.Done;
        }
#pragma warning disable CA1031 // A failed export is reported on its page, whatever the cause.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Batch export {Job} failed", job.Id);
            job.State = BatchState.Failed;
            TryDelete(path);
        }
    }

    private async Task<byte[]> PrintAsync(string html, SemaphoreSlim printers)
    {
        try
        {
            return await pdf.RenderAsync(html);
        }
        finally
        {
            printers.Release();
        }
    }

    private static async Task WriteAsync(ZipArchive zip, (string Name, Task<byte[]> Content) item, BatchJob job)
    {
        var content = await item.Content;
        var entry = zip.CreateEntry(item.Name, CompressionLevel.Fastest);
        await using (var stream = entry.Open())
        {
            await stream.WriteAsync(content);
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

    /// <summary>
    /// The background work acts as the person who started it: their access checked, their name in the audit log. Within
    /// a request that person is already there; outside one (the export itself, a benchmark) a context is made for them.
    /// </summary>
    private static void AsUser(IServiceProvider services, ClaimsPrincipal user)
    {
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        if (accessor.HttpContext is null)
        {
            accessor.HttpContext = new DefaultHttpContext { User = user, RequestServices = services };
        }
    }

    private void Sweep()
    {
        foreach (var job in _jobs.Values.Where(j => j.State != BatchState.Running && DateTime.UtcNow - j.StartedAt > KeepFor).ToList())
        {
            if (_jobs.TryRemove(job.Id, out _) && job.File is { } file)
            {
                TryDelete(file);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            System.IO.File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleaning.
        }
    }
}
