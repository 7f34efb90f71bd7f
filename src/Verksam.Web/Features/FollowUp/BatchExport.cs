using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.FollowUp;

public enum BatchState
{
    Running = 1,
    Done = 2,
    Failed = 3,
}

/// <summary>
/// One export of the reports of every unit under a level for a period, run by <see cref="BatchExportWorker"/>. Only
/// the person who started it sees it; its zip is a temporary file, removed an hour after it was made.
/// </summary>
public sealed class BatchJob
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    public required DateTimeOffset StartedAt { get; init; }

    public int Done => Volatile.Read(ref _done);

    public BatchState State { get; private set; } = BatchState.Running;

    public string? File { get; private set; }

    public string FileName => DocumentExport.FileName(new DocumentModel(FollowUpService.Title(Period), [], []), UnitName, "zip");

    /// <summary>Completes when the job is done or has failed; it never faults.</summary>
    public Task Completion => _completion.Task;

    internal void Advance() => Interlocked.Increment(ref _done);

    internal void Finish(string file)
    {
        File = file;
        State = BatchState.Done;
        _completion.TrySetResult();
    }

    internal void Fail()
    {
        State = BatchState.Failed;
        _completion.TrySetResult();
    }
}

/// <summary>
/// Exports the follow-up reports (month, tertial or annual) of every unit under a level for one period as one zip of
/// Word or PDF documents. This is where exports are started and found: it checks the user's access, queues the job for
/// <see cref="BatchExportWorker"/> and keeps the jobs (in memory: an export does not survive a restart).
/// </summary>
public sealed class BatchExport(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, BatchJob> _jobs = new();

    private readonly Channel<QueuedExport> _queue = Channel.CreateUnbounded<QueuedExport>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The jobs waiting for the worker, with the person each acts for.</summary>
    internal ChannelReader<QueuedExport> Queue => _queue.Reader;

    /// <summary>Queues the export and returns at once; the job reports its progress.</summary>
    public async Task<BatchJob> StartAsync(Guid unitId, Period period, ExportFormat format, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        Sweep();
        BatchJob job;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActFor(user);
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
            var use = (await scope.ServiceProvider.GetRequiredService<MunicipalitySettingsService>().GetAsync(top.MunicipalityId, cancellationToken)).ReportUse;
            job = new BatchJob
            {
                UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
                UnitId = unitId,
                UnitName = top.Name,
                Period = period,
                Format = format,
                Units = ordered.Where(u => reported.Contains(u.Id)).Select(u => (u.Id, u.Name)).ToList(),
                Missing = ordered.Where(u => !reported.Contains(u.Id) && ReportPeriods.IsOwed(period, u.ReportsFrom, use)).Select(u => u.Name).ToList(),
                StartedAt = time.GetUtcNow(),
            };
        }

        _jobs[job.Id] = job;
        if (!_queue.Writer.TryWrite(new QueuedExport(job, user)))
        {
            _jobs.TryRemove(job.Id, out _);
            throw new InvalidOperationException("The application is stopping; no export can start.");
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
        await job.Completion.WaitAsync(cancellationToken);
        return job;
    }

    /// <summary>When the application stops: no new exports, and those still waiting have failed (none is left hanging).</summary>
    internal void Close()
    {
        _queue.Writer.TryComplete();
        while (_queue.Reader.TryRead(out var queued))
        {
            queued.Job.Fail();
        }
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var job in _jobs.Values.Where(j => j.State != BatchState.Running && now - j.StartedAt > KeepFor).ToList())
        {
            if (_jobs.TryRemove(job.Id, out _) && job.File is { } file)
            {
                BatchExportWorker.TryDelete(file);
            }
        }
    }
}

internal readonly record struct QueuedExport(BatchJob Job, ClaimsPrincipal User);
