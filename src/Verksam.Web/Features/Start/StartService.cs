using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;
using Verksam.Web.Features.Risks;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Start;

/// <summary>
/// The start page: what the user must do now across every unit granted ("Att göra"), and for a level above, its units'
/// latest month ("Läget"). It owns no table: each feature answers for its own, one query each, whatever the number
/// of units, and the user's grants narrow every query in the database.
/// </summary>
public sealed class StartService(
    AccessService access,
    CurrentUser user,
    OrgUnitService orgUnits,
    MunicipalitySettingsService municipalities,
    FollowUpService reports,
    MatterService matters,
    ActivityService activities,
    RiskFollowUpService risks,
    WheelService wheel,
    GoalQueries goals,
    VisitService visits)
{
    /// <summary>The most rows one list shows; the rest are counted ("och 12 till").</summary>
    public const int Limit = 50;

    /// <summary>The page for <paramref name="today"/> in Stockholm; <paramref name="now"/> (UTC) is the visit's moment.</summary>
    public async Task<StartPage> BuildAsync(DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var grants = await access.GetAsync(cancellationToken);
        var todo = await ToDoAsync(today, cancellationToken);
        var (units, byId, settings) = (todo.Readable, todo.Units, todo.Settings);
        var situation = await SituationAsync(grants, units, byId, settings, today, cancellationToken);
        var changes = await ChangesAsync(byId, now, cancellationToken);
        var approved = grants.IsBoardMember
            ? (await reports.ApprovedAsync(await access.ReadUnitIdsAsync(AccessLevel.BoardMember, cancellationToken), Limit + 1, cancellationToken)).Where(r => byId.ContainsKey(r.OrgUnitId)).ToList()
            : null;
        return new StartPage(today, todo, situation, changes, approved);
    }

    /// <summary>
    /// What the user must do now across every unit granted ("Att göra"): the start page shows it, and the daily
    /// reminders (Aviseringar) tell of it, by these same rules. Reads only; a visit is recorded by <see cref="BuildAsync"/>.
    /// </summary>
    public async Task<ToDo> ToDoAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var grants = await access.GetAsync(cancellationToken);
        // A board member's units come along for the steering picture (Läget, the approved reports), never for a to-do.
        var units = await orgUnits.ReadableUnderAsync(null, includeArchived: false, AccessLevel.BoardMember, cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        var settings = await municipalities.GetManyAsync([.. units.Select(u => u.MunicipalityId).Distinct()], cancellationToken);
        var written = await access.WrittenUnitIdsAsync(cancellationToken);
        var writers = units.Where(u => u.Kind == OrgUnitKind.Unit && grants.Writes(u.Path)).ToList();

        var sentBack = await reports.ReturnedAsync(written, Limit, cancellationToken);
        var returned = sentBack.Oldest.Where(r => byId.ContainsKey(r.OrgUnitId)).ToList();
        var toWrite = await ToWriteAsync(writers, written, settings, today, cancellationToken);
        var awaiting = await reports.AwaitingApprovalAsync(await access.ApprovedUnitIdsAsync(cancellationToken), user.UserId, Limit, cancellationToken);
        var toApprove = awaiting.Oldest.Where(r => byId.ContainsKey(r.OrgUnitId)).OrderBy(r => r.At).ThenBy(r => byId[r.OrgUnitId].Name, StringComparer.CurrentCulture).ToList();
        var flagged = (await matters.FlaggedAsync(await access.RegisterUnitIdsAsync(cancellationToken), today, cancellationToken)).Where(m => byId.ContainsKey(m.Matter.OrgUnitId)).ToList();
        var late = (await activities.LateWithoutDeviationAsync(written, today, Limit + 1, cancellationToken)).Where(a => byId.ContainsKey(a.OrgUnitId)).ToList();
        var riskPeriod = ReportPeriods.LatestRiskPeriod(today);
        var unmarked = (await risks.UnmarkedAsync(written, riskPeriod, id => byId.TryGetValue(id, out var u) ? settings[u.MunicipalityId].RiskFollowUpThreshold : int.MaxValue, int.MaxValue, cancellationToken))
            .Where(r => byId.ContainsKey(r.OrgUnitId)).GroupBy(r => r.OrgUnitId).Select(g => new UnitCount(byId[g.Key], g.Count())).ToList();
        var wheelOpen = (await wheel.OpenInMonthAsync(written, today.Year, today.Month, Limit + 1, cancellationToken)).Where(a => byId.ContainsKey(a.OrgUnitId)).ToList();
        return new ToDo(units, byId, settings, toWrite, returned, sentBack.Count, toApprove, awaiting.Count, flagged, late, riskPeriod, unmarked, wheelOpen);
    }

    /// <summary>
    /// Per unit and kind of report, the oldest owed period not sent in, and how many more: a unit three years behind
    /// gets one line, not thirty-six. A report sent back is listed with its comment instead.
    /// </summary>
    private async Task<IReadOnlyList<ReportToWrite>> ToWriteAsync(IReadOnlyList<OrgUnit> writers, IQueryable<Guid> written, IReadOnlyDictionary<Guid, MunicipalitySettings> settings, DateOnly today, CancellationToken cancellationToken)
    {
        var firstYear = writers.Select(u => u.ReportsFrom?.Year ?? today.Year).DefaultIfEmpty(today.Year).Min();
        var sent = (await reports.SentFromAsync(written, firstYear, cancellationToken)).Select(r => (r.OrgUnitId, r.Period)).ToHashSet();
        var rows = new List<ReportToWrite>();
        foreach (var unit in writers)
        {
            var municipality = settings[unit.MunicipalityId];
            var missing = ReportPeriods.Ended(unit.ReportsFrom, municipality.ReportUse, today).Where(p => !sent.Contains((unit.Id, p)));
            foreach (var kind in missing.GroupBy(p => p.Kind))
            {
                var oldest = kind.First();
                var due = FollowUpService.DueDate(oldest, municipality.ReportDueDay);
                rows.Add(new ReportToWrite(unit, oldest, due, due.DayNumber - today.DayNumber, kind.Count() - 1));
            }
        }

        return [.. rows.OrderBy(r => r.Due).ThenBy(r => r.Unit.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// What happened in the user's units since their previous visit: reports sent in, approved or sent back, and
    /// matters registered in the registers they handle. Nothing on a first visit, which has nothing to compare with.
    /// </summary>
    private async Task<Changes?> ChangesAsync(Dictionary<Guid, OrgUnit> byId, DateTime now, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId || await visits.RecordAsync(userId, now, cancellationToken) is not { } since)
        {
            return null;
        }

        var moved = (await reports.MovedSinceAsync(await access.ReadUnitIdsAsync(cancellationToken), since, userId, Limit + 1, cancellationToken)).Where(r => byId.ContainsKey(r.OrgUnitId)).ToList();
        var registered = (await matters.RegisteredSinceAsync(await access.RegisterUnitIdsAsync(cancellationToken), since, Limit + 1, cancellationToken)).Where(m => byId.ContainsKey(m.Matter.OrgUnitId)).ToList();
        return new Changes(since, moved, registered);
    }

    /// <summary>
    /// The units below the user's grants (every unit for an administrator) with the latest month that has colours:
    /// how many goals are red, yellow and green, and the month's report; red and yellow first.
    /// </summary>
    private async Task<Situation?> SituationAsync(UserAccess grants, IReadOnlyList<OrgUnit> units, Dictionary<Guid, OrgUnit> byId, IReadOnlyDictionary<Guid, MunicipalitySettings> settings, DateOnly today, CancellationToken cancellationToken)
    {
        var below = units.Where(u => u.Kind == OrgUnitKind.Unit && (grants.IsAdministrator || grants.Grants.Any(g => u.Path.StartsWith(g.Path, StringComparison.Ordinal) && u.Path != g.Path))).ToList();
        if (below.Count == 0)
        {
            return null;
        }

        var readable = await access.ReadUnitIdsAsync(AccessLevel.BoardMember, cancellationToken);
        var latest = await goals.LatestColouredMonthAsync(readable, today, cancellationToken);
        var month = latest ?? Period.Month(today.AddMonths(-1).Year, today.AddMonths(-1).Month);
        var counts = (await goals.MonthColourCountsAsync(readable, month, cancellationToken)).ToLookup(c => c.OrgUnitId);
        var statuses = (await reports.StatusesAsync(readable, month, cancellationToken)).ToDictionary(r => r.OrgUnitId, r => r.Status);
        var rows = below.Select(u =>
            {
                int Of(Rag colour) => counts[u.Id].Where(c => c.Colour == colour).Sum(c => c.Count);
                var uses = settings[u.MunicipalityId].ReportUse.Uses(month);
                return new SituationRow(u, u.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Name : null, Of(Rag.Red), Of(Rag.Yellow), Of(Rag.Green),
                    uses || statuses.ContainsKey(u.Id), statuses.TryGetValue(u.Id, out var s) ? s : null, grants.Allows(u.Path, AccessLevel.Read));
            })
            .OrderByDescending(r => r.Red > 0).ThenByDescending(r => r.Yellow > 0).ThenByDescending(r => r.Red).ThenByDescending(r => r.Yellow)
            .ThenBy(r => r.ParentName, StringComparer.CurrentCulture).ThenBy(r => r.Unit.Name, StringComparer.CurrentCulture).ToList();
        // Where the user's view begins (a municipality for an administrator, else each granted level with units below): the heat map of each.
        var roots = units.Where(u => u.Kind != OrgUnitKind.Unit && (grants.IsAdministrator ? u.Kind == OrgUnitKind.Municipality : grants.Grants.Any(g => g.Path == u.Path)))
            .OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        return new Situation(month, latest is not null, rows, roots);
    }
}

/// <summary>The to-do lists of one user, with the units they read and their municipalities' settings.</summary>
public sealed record ToDo(
    IReadOnlyList<OrgUnit> Readable,
    Dictionary<Guid, OrgUnit> Units,
    IReadOnlyDictionary<Guid, MunicipalitySettings> Settings,
    IReadOnlyList<ReportToWrite> ToWrite,
    IReadOnlyList<ReportState> Returned,
    int ReturnedCount,
    IReadOnlyList<ReportState> ToApprove,
    int ToApproveCount,
    IReadOnlyList<FlaggedMatter> Matters,
    IReadOnlyList<Activity> LateActivities,
    Period RiskPeriod,
    IReadOnlyList<UnitCount> UnmarkedRisks,
    IReadOnlyList<WheelActivity> WheelThisMonth)
{
    public bool IsEmpty => ToWrite.Count + Returned.Count + ToApprove.Count + Matters.Count + LateActivities.Count + UnmarkedRisks.Count + WheelThisMonth.Count == 0;
}

/// <summary>A unit's oldest report not sent in of one kind, when it is due (negative days: late), and how many more of that kind.</summary>
public sealed record ReportToWrite(OrgUnit Unit, Period Period, DateOnly Due, int DaysLeft, int More);

public sealed record UnitCount(OrgUnit Unit, int Count);

/// <summary>A unit's latest month at a glance: goals by colour and the month's report, where the municipality writes one.</summary>
/// <param name="Reads">Whether the user reads the unit's pages; a board member sees its colours and follows only an approved report.</param>
public sealed record SituationRow(OrgUnit Unit, string? ParentName, int Red, int Yellow, int Green, bool HasReport, ReportStatus? Status, bool Reads = true)
{
    public bool OpensReport => Reads || Status == ReportStatus.Approved;
}

/// <summary>What moved since <paramref name="Since"/> (UTC), the end of the user's previous visit; at most <see cref="StartService.Limit"/> + 1 of each.</summary>
public sealed record Changes(DateTime Since, IReadOnlyList<ReportMove> Reports, IReadOnlyList<RegisteredMatter> Matters)
{
    public bool IsEmpty => Reports.Count + Matters.Count == 0;
}

/// <summary>The units below at a glance; <paramref name="HasColours"/> false when no unit has assessed a month yet.</summary>
public sealed record Situation(Period Month, bool HasColours, IReadOnlyList<SituationRow> Rows, IReadOnlyList<OrgUnit> Maps);

/// <param name="ToDo">What the user must do now; its lists are at most <see cref="StartService.Limit"/> long, with counts beside.</param>
/// <param name="Approved">For a board member: the approved reports of the board's units, the latest first.</param>
public sealed record StartPage(DateOnly Today, ToDo ToDo, Situation? Situation, Changes? Changes, IReadOnlyList<ReportMove>? Approved = null)
{
    public bool HasNothingToDo => ToDo.IsEmpty;
}
