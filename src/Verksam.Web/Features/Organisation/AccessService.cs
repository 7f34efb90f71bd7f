using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Organisation;

/// <summary>Decides what the current user may see and change. Every page and API call about a unit asks here.</summary>
public sealed partial class AccessService(VerksamDbContext db, CurrentUser user, IUserDirectory directory, ILogger<AccessService> logger) : IAdministratorCheck
{
    public async Task<bool> IsAdministratorAsync(CancellationToken cancellationToken = default) => (await GetAsync(cancellationToken)).IsAdministrator;

    private UserAccess? _access;

    /// <summary>
    /// For the administrator's command line only: this scope acts with full rights, as the person at the server's
    /// console already has the database. Never called for a web request.
    /// </summary>
    public void UseSystemAccess() => _access = new UserAccess(true, []);

    /// <summary>
    /// For background work that acts for a user (the daily reminders): only their grants count, not an administrator's
    /// sight of every unit, so that they are told of what is theirs to do. Never called for a web request.
    /// </summary>
    public void UseGrantsOnly() => _useGrantsOnly = true;

    private bool _useGrantsOnly;

    public async Task<UserAccess> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_access is not null)
        {
            return _access;
        }

        if (user.UserId is not { } userId)
        {
            return _access = UserAccess.None;
        }

        var isAdministrator = !_useGrantsOnly && await directory.IsAdministratorAsync(userId, cancellationToken);
        var grants = await (
            from g in db.AccessGrants
            join u in db.OrgUnits on g.OrgUnitId equals u.Id
            where g.UserId == userId && !u.IsArchived
            select new GrantedPath(u.Id, u.Path, g.Level, g.IncludesRegister)).ToListAsync(cancellationToken);
        return _access = new UserAccess(isAdministrator, grants);
    }

    /// <summary>
    /// Narrows a query of units to those the user may read: one OR of path prefixes, never a query per unit. A board
    /// member's units count only where the caller shows the steering picture and asks for <see cref="AccessLevel.BoardMember"/>.
    /// </summary>
    public Task<IQueryable<OrgUnit>> VisibleAsync(IQueryable<OrgUnit> units, CancellationToken cancellationToken = default) =>
        VisibleAsync(units, AccessLevel.Read, cancellationToken);

    /// <inheritdoc cref="VisibleAsync(IQueryable{OrgUnit}, CancellationToken)"/>
    public async Task<IQueryable<OrgUnit>> VisibleAsync(IQueryable<OrgUnit> units, AccessLevel least, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        var access = await GetAsync(cancellationToken);
        if (access.IsAdministrator)
        {
            return units;
        }

        var prefixes = access.Grants.Where(g => g.Level >= least).Select(g => g.Path).Distinct(StringComparer.Ordinal).ToList();
        if (prefixes.Count == 0)
        {
            return units.Where(u => false);
        }

        var parameter = Expression.Parameter(typeof(OrgUnit), "u");
        var path = Expression.Property(parameter, nameof(OrgUnit.Path));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? body = null;
        foreach (var prefix in prefixes)
        {
            var test = Expression.Call(path, startsWith, Expression.Constant(prefix));
            body = body is null ? test : Expression.OrElse(body, test);
        }

        return units.Where(Expression.Lambda<Func<OrgUnit, bool>>(body!, parameter));
    }

    /// <summary>The active units the user writes (<see cref="UserAccess.Writes"/>), as a query another feature filters its table by.</summary>
    public async Task<IQueryable<Guid>> WrittenUnitIdsAsync(CancellationToken cancellationToken = default)
    {
        var grants = (await GetAsync(cancellationToken)).Grants;
        return GrantedIds(grants.Where(g => g.Level == AccessLevel.Edit).Select(g => g.Path), grants.Where(g => g.Level >= AccessLevel.Edit).Select(g => g.Path), everything: false);
    }

    /// <summary>
    /// The active units the user may read, as a query another feature filters its table by; with
    /// <see cref="AccessLevel.BoardMember"/>, also a board member's, for the steering picture only.
    /// </summary>
    public Task<IQueryable<Guid>> ReadUnitIdsAsync(CancellationToken cancellationToken = default) => ReadUnitIdsAsync(AccessLevel.Read, cancellationToken);

    /// <inheritdoc cref="ReadUnitIdsAsync(CancellationToken)"/>
    public async Task<IQueryable<Guid>> ReadUnitIdsAsync(AccessLevel least, CancellationToken cancellationToken = default)
    {
        var access = await GetAsync(cancellationToken);
        return GrantedIds(access.Grants.Where(g => g.Level >= least).Select(g => g.Path), [], access.IsAdministrator);
    }

    /// <summary>The active units the user may approve reports of (<see cref="AccessLevel.Approve"/>), as a query.</summary>
    public async Task<IQueryable<Guid>> ApprovedUnitIdsAsync(CancellationToken cancellationToken = default)
    {
        var access = await GetAsync(cancellationToken);
        return GrantedIds(access.Grants.Where(g => g.Level == AccessLevel.Approve).Select(g => g.Path), [], access.IsAdministrator);
    }

    /// <summary>The active units whose register's matters the user handles (<see cref="UserAccess.AllowsRegister"/>), as a query.</summary>
    public async Task<IQueryable<Guid>> RegisterUnitIdsAsync(CancellationToken cancellationToken = default)
    {
        var access = await GetAsync(cancellationToken);
        return GrantedIds(access.Grants.Where(g => g.Level >= AccessLevel.Edit || g.IncludesRegister && g.Level >= AccessLevel.Read).Select(g => g.Path), [], access.IsAdministrator);
    }

    /// <summary>Units under one of <paramref name="prefixes"/> or at one of <paramref name="exact"/>: one OR in one query.</summary>
    private IQueryable<Guid> GrantedIds(IEnumerable<string> prefixes, IEnumerable<string> exact, bool everything)
    {
        var units = db.OrgUnits.Where(u => !u.IsArchived);
        if (everything)
        {
            return units.Select(u => u.Id);
        }

        var parameter = Expression.Parameter(typeof(OrgUnit), "u");
        var path = Expression.Property(parameter, nameof(OrgUnit.Path));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var prefix in prefixes.Distinct(StringComparer.Ordinal))
        {
            body = Expression.OrElse(body, Expression.Call(path, startsWith, Expression.Constant(prefix)));
        }

        foreach (var one in exact.Distinct(StringComparer.Ordinal))
        {
            body = Expression.OrElse(body, Expression.Equal(path, Expression.Constant(one)));
        }

        return units.Where(Expression.Lambda<Func<OrgUnit, bool>>(body, parameter)).Select(u => u.Id);
    }

    /// <summary>
    /// The unit, if it exists and the user holds <paramref name="needed"/> on it. A unit the user may not read is
    /// reported as missing (so a 404 reveals nothing), and the denial is logged and audited.
    /// </summary>
    public async Task<UnitAccessResult> CheckAsync(Guid unitId, AccessLevel needed, CancellationToken cancellationToken = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return UnitAccessResult.NotFound;
        }

        var access = await GetAsync(cancellationToken);
        var level = access.LevelAt(unit.Path);
        if (level is not null && level >= needed)
        {
            return new UnitAccessResult(unit, level.Value, UnitAccessOutcome.Allowed);
        }

        await RecordDenialAsync(unit.Id, needed, cancellationToken);
        return level is null ? UnitAccessResult.NotFound : new UnitAccessResult(unit, level.Value, UnitAccessOutcome.Forbidden);
    }

    /// <summary>The unit, or <see cref="UnitAccessDeniedException"/> (404 when the user may not read it, else 403).</summary>
    public async Task<OrgUnit> RequireAsync(Guid unitId, AccessLevel needed, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(unitId, needed, cancellationToken);
        return check.IsAllowed ? check.Unit! : throw new UnitAccessDeniedException(check.Outcome);
    }

    /// <summary>
    /// The unit, if the user may read and handle its register (<see cref="UserAccess.AllowsRegister"/>); otherwise
    /// 404 when the user may not read the unit at all and 403 when they see only its counts.
    /// </summary>
    public async Task<OrgUnit> RequireRegisterAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        var unit = await RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        if ((await GetAsync(cancellationToken)).AllowsRegister(unit.Path))
        {
            return unit;
        }

        await RecordDenialAsync(unit.Id, AccessLevel.Edit, cancellationToken);
        throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
    }

    public async Task RecordDenialAsync(Guid unitId, AccessLevel needed, CancellationToken cancellationToken = default)
    {
        LogDenied(logger, user.UserId ?? "-", unitId, needed);
        db.AddAuditNote(AuditAction.AccessDenied, nameof(OrgUnit), unitId.ToString(), unitId, new { Needed = needed.ToString() });
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access denied: user {UserId} lacks {Needed} on unit {OrgUnitId}")]
    private static partial void LogDenied(ILogger logger, string userId, Guid orgUnitId, AccessLevel needed);
}


public sealed record UnitAccessResult(OrgUnit? Unit, AccessLevel? Level, UnitAccessOutcome Outcome)
{
    public static readonly UnitAccessResult NotFound = new(null, null, UnitAccessOutcome.NotFound);

    public bool IsAllowed => Outcome == UnitAccessOutcome.Allowed;
}
