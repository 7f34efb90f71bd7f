using Microsoft.EntityFrameworkCore;
using Verksam.Web.Domain.Periods;

namespace Verksam.Web.Features.FollowUp;

/// <summary>What the start page asks of the follow-up reports: one query each, for any number of units.</summary>
public sealed partial class FollowUpService
{
    /// <summary>
    /// The periods from <paramref name="fromYear"/> on whose report is in (submitted or approved) or sent back, per unit:
    /// none of them is still to write, as a report sent back is listed with its comment instead.
    /// </summary>
    public async Task<IReadOnlyList<ReportState>> SentFromAsync(IQueryable<Guid> unitIds, int fromYear, CancellationToken cancellationToken = default) =>
        (await db.FollowUpReports.AsNoTracking()
            .Where(r => unitIds.Contains(r.OrgUnitId) && r.Year >= fromYear && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved || r.Status == ReportStatus.Returned))
            .Select(r => new { r.OrgUnitId, r.Year, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status }).ToListAsync(cancellationToken))
        .Select(r => new ReportState(r.OrgUnitId, Period.FromStored(r.Year, r.PeriodKind, r.StartMonth, r.EndMonth), r.Status, null, null, null)).ToList();

    /// <summary>
    /// The reports of the units sent back (Återremitterad), with the approver's comment and when: the <paramref name="take"/>
    /// sent back longest ago, and how many there are. Two queries, along <c>ix_follow_up_reports_status_decided_at</c>.
    /// </summary>
    public async Task<Awaiting> ReturnedAsync(IQueryable<Guid> unitIds, int take, CancellationToken cancellationToken = default)
    {
        var returned = db.FollowUpReports.Where(r => unitIds.Contains(r.OrgUnitId) && r.Status == ReportStatus.Returned);
        var count = await returned.CountAsync(cancellationToken);
        var oldest = count == 0 ? [] : await StatesAsync(returned.OrderBy(r => r.DecidedAt).ThenBy(r => r.Id).Take(take), cancellationToken);
        return new Awaiting(oldest, count);
    }

    /// <summary>
    /// The submitted reports of the units, but those <paramref name="userId"/> submitted (no one approves their own): the
    /// <paramref name="take"/> that have waited longest, and how many wait in all. Two queries, in the order of
    /// <c>ix_follow_up_reports_status_submitted_at</c>, so a city's thousands are counted, not read.
    /// </summary>
    public async Task<Awaiting> AwaitingApprovalAsync(IQueryable<Guid> unitIds, string? userId, int take, CancellationToken cancellationToken = default)
    {
        var awaiting = db.FollowUpReports.Where(r => unitIds.Contains(r.OrgUnitId) && r.Status == ReportStatus.Submitted && (r.SubmittedById == null || r.SubmittedById != userId));
        var count = await awaiting.CountAsync(cancellationToken);
        var oldest = count == 0 ? [] : await StatesAsync(awaiting.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).Take(take), cancellationToken);
        return new Awaiting(oldest, count);
    }

    /// <summary>Each unit's report of one period, where it has one.</summary>
    public Task<IReadOnlyList<ReportState>> StatusesAsync(IQueryable<Guid> unitIds, Period period, CancellationToken cancellationToken = default) =>
        StatesAsync(db.FollowUpReports.Where(r => unitIds.Contains(r.OrgUnitId) && r.Year == period.Year && r.PeriodKind == period.Kind && r.StartMonth == period.StartMonth && r.EndMonth == period.EndMonth), cancellationToken);

    /// <summary>
    /// The reports of the units that moved after <paramref name="since"/> — sent in, approved or sent back — newest
    /// first, each with its latest step and who took it; what <paramref name="userId"/> sent in is not news to them.
    /// </summary>
    public async Task<IReadOnlyList<ReportMove>> MovedSinceAsync(IQueryable<Guid> unitIds, DateTime since, string? userId, int take, CancellationToken cancellationToken = default)
    {
        // One query per status, each the newest first along its (Status, moment) index and stopping at take; merged here.
        var units = db.FollowUpReports.AsNoTracking().Where(r => unitIds.Contains(r.OrgUnitId));
        var submitted = await units.Where(r => r.Status == ReportStatus.Submitted && r.SubmittedAt > since && (r.SubmittedById == null || r.SubmittedById != userId))
            .OrderByDescending(r => r.SubmittedAt).Take(take)
            .Select(r => new MovedRow(r.OrgUnitId, r.Year, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status, r.SubmittedBy, r.SubmittedAt)).ToListAsync(cancellationToken);
        var approved = await DecidedSinceAsync(units, ReportStatus.Approved, since, take, cancellationToken);
        var returned = await DecidedSinceAsync(units, ReportStatus.Returned, since, take, cancellationToken);
        return [.. submitted.Concat(approved).Concat(returned).OrderByDescending(r => r.At).Take(take)
            .Select(r => new ReportMove(r.OrgUnitId, Period.FromStored(r.Year, r.PeriodKind, r.StartMonth, r.EndMonth), r.Status, r.By ?? string.Empty, r.At ?? since))];
    }

    /// <summary>The approved reports of the given units, the latest decided first: what a board member reads. One query.</summary>
    public async Task<IReadOnlyList<ReportMove>> ApprovedAsync(IQueryable<Guid> unitIds, int take, CancellationToken cancellationToken = default) =>
        (await db.FollowUpReports.AsNoTracking()
            .Where(r => unitIds.Contains(r.OrgUnitId) && r.Status == ReportStatus.Approved)
            .OrderByDescending(r => r.DecidedAt).ThenBy(r => r.OrgUnitId).Take(take)
            .Select(r => new { r.OrgUnitId, r.Year, r.PeriodKind, r.StartMonth, r.EndMonth, r.DecidedBy, r.DecidedAt })
            .ToListAsync(cancellationToken))
        .Select(r => new ReportMove(r.OrgUnitId, Period.FromStored(r.Year, r.PeriodKind, r.StartMonth, r.EndMonth), ReportStatus.Approved, r.DecidedBy ?? string.Empty, r.DecidedAt ?? DateTime.MinValue)).ToList();

    /// <summary>Whether the unit's report of the period is approved: a board member may follow a link to it only then.</summary>
    public async Task<bool> IsApprovedAsync(Guid unitId, Period period, CancellationToken cancellationToken = default) =>
        await FindAsync(unitId, period, tracked: false, cancellationToken) is { Status: ReportStatus.Approved };

    private static Task<List<MovedRow>> DecidedSinceAsync(IQueryable<FollowUpReport> reports, ReportStatus status, DateTime since, int take, CancellationToken cancellationToken) =>
        reports.Where(r => r.Status == status && r.DecidedAt > since).OrderByDescending(r => r.DecidedAt).Take(take)
            .Select(r => new MovedRow(r.OrgUnitId, r.Year, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status, r.DecidedBy, r.DecidedAt)).ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<ReportState>> StatesAsync(IQueryable<FollowUpReport> reports, CancellationToken cancellationToken) =>
        (await reports.AsNoTracking()
            .Select(r => new { r.OrgUnitId, r.Year, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status, r.Comment, r.SubmittedBy, At = r.Status == ReportStatus.Submitted ? r.SubmittedAt : r.DecidedAt })
            .ToListAsync(cancellationToken))
        .Select(r => new ReportState(r.OrgUnitId, Period.FromStored(r.Year, r.PeriodKind, r.StartMonth, r.EndMonth), r.Status, r.Status == ReportStatus.Returned ? r.Comment : null, r.SubmittedBy, r.At)).ToList();
}

/// <summary>A unit's report of a period: its status, the comment it was sent back with, who submitted it and when it last moved.</summary>
public sealed record ReportState(Guid OrgUnitId, Period Period, ReportStatus Status, string? Comment, string? SubmittedBy, DateTime? At);

/// <summary>The reports of a to-do list (awaiting approval, sent back) that have waited longest, and how many there are in all.</summary>
public sealed record Awaiting(IReadOnlyList<ReportState> Oldest, int Count);

internal sealed record MovedRow(Guid OrgUnitId, int Year, PeriodKind PeriodKind, int StartMonth, int EndMonth, ReportStatus Status, string? By, DateTime? At);

/// <summary>A report's latest step: sent in, approved or sent back, by whom and when (UTC).</summary>
public sealed record ReportMove(Guid OrgUnitId, Period Period, ReportStatus Status, string By, DateTime At);
