using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Organisation;

/// <summary>A feature that keeps data per unit says here whether a unit has any, so that no unit with data is deleted.</summary>
public interface IOrgUnitDataProbe
{
    Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken);
}

public sealed class OrgUnitService(VerksamDbContext db, AccessService access, TimeProvider time, IEnumerable<IOrgUnitDataProbe> probes)
{
    /// <summary>The units the user may read, as a forest: each granted subtree with its root's ancestors named for context.</summary>
    public async Task<OrgTree> GetTreeAsync(bool includeArchived, CancellationToken cancellationToken = default)
    {
        var query = await access.VisibleAsync(db.OrgUnits.AsNoTracking(), cancellationToken);
        if (!includeArchived)
        {
            query = query.Where(u => !u.IsArchived);
        }

        var units = await query.Select(u => new OrgTreeNode(u.Id, u.Name, u.Kind, u.ParentId, u.Path, u.IsArchived)).ToListAsync(cancellationToken);
        var ids = units.Select(u => u.Id).ToHashSet();
        var roots = units.Where(u => u.ParentId is null || !ids.Contains(u.ParentId.Value)).ToList();

        // The names above each visible root, one query for all of them.
        var ancestorIds = roots.SelectMany(r => PathIds(r.Path).SkipLast(1)).Distinct().ToList();
        var ancestorNames = await db.OrgUnits.AsNoTracking().Where(u => ancestorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var context = roots.ToDictionary(
            r => r.Id,
            r => (IReadOnlyList<string>)PathIds(r.Path).SkipLast(1).Select(id => ancestorNames.GetValueOrDefault(id, string.Empty)).ToList());
        return new OrgTree(units, roots, context);
    }

    public async Task<OrgUnitDetails?> GetDetailsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var check = await access.CheckAsync(id, AccessLevel.Read, cancellationToken);
        if (!check.IsAllowed)
        {
            return null;
        }

        var unit = check.Unit!;
        var ancestorIds = unit.AncestorIds();
        var ancestors = await db.OrgUnits.AsNoTracking().Where(u => ancestorIds.Contains(u.Id)).ToListAsync(cancellationToken);
        var children = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var userAccess = await access.GetAsync(cancellationToken);
        var visibleAncestors = ancestorIds.Select(a => ancestors.First(u => u.Id == a))
            .Select(a => new AncestorLink(a.Id, a.Name, userAccess.Allows(a.Path, AccessLevel.Read))).ToList();
        return new OrgUnitDetails(unit, check.Level!.Value, visibleAncestors, children, userAccess.IsAdministrator, userAccess.AllowsRegister(unit.Path));
    }

    public async Task<OrgUnit> CreateAsync(Guid? parentId, string? name, OrgUnitKind? kind, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(cancellationToken);
        var errors = OrgUnit.ValidateName(name);
        OrgUnit? parent = null;
        if (parentId is { } pid)
        {
            parent = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == pid, cancellationToken)
                ?? throw ValidationException.For("ParentId", Texts.OrgUnit_Parent_Missing);
            if (parent.IsArchived)
            {
                errors.Add("ParentId", Texts.OrgUnit_Parent_Archived);
            }
        }

        if (kind is null)
        {
            errors.Add(nameof(OrgUnit.Kind), Texts.OrgUnit_Kind_Required);
        }
        else if (!OrgUnit.MayStandUnder(kind.Value, parent))
        {
            errors.Add(nameof(OrgUnit.Kind), parent is null ? Texts.OrgUnit_Kind_RootMustBeMunicipality : Format(Texts.OrgUnit_Kind_NotUnder, KindName(kind.Value), KindName(parent.Kind)));
        }

        ThrowIfInvalid(errors);
        var unit = parent is null
            ? OrgUnit.CreateRoot(Guid.NewGuid(), name!)
            : OrgUnit.CreateChild(Guid.NewGuid(), name!, kind!.Value, parent);
        unit.ReportFrom(DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    public async Task RenameAsync(Guid id, string? name, Guid version, CancellationToken cancellationToken = default)
    {
        var unit = await LoadForChangeAsync(id, version, cancellationToken);
        ThrowIfInvalid(OrgUnit.ValidateName(name));
        unit.Rename(name!);
        await SaveAsync(cancellationToken);
    }

    /// <summary>"mars 2024": the month a unit reports from, as the pages show it.</summary>
    public static string MonthName(DateOnly month) => $"{Domain.Periods.Period.MonthName(month.Month)} {month.Year}";

    /// <summary>
    /// An administrator sets the first month the unit owes reports for, written "2024-03" (a date in the month is
    /// taken as its month). Earlier periods are then neither missing nor late.
    /// </summary>
    public async Task<DateOnly> SetReportsFromAsync(Guid id, string? month, Guid version, CancellationToken cancellationToken = default)
    {
        var unit = await LoadForChangeAsync(id, version, cancellationToken);
        var text = month?.Trim() ?? string.Empty;
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            throw ValidationException.For(nameof(OrgUnit.ReportsFrom), text.Length == 0 ? Texts.OrgUnit_ReportsFrom_Required : Texts.OrgUnit_ReportsFrom_Invalid);
        }

        if (day.Year is < 2000 or > 2100)
        {
            throw ValidationException.For(nameof(OrgUnit.ReportsFrom), Texts.OrgUnit_ReportsFrom_Invalid);
        }

        unit.ReportFrom(day);
        await SaveAsync(cancellationToken);
        return unit.ReportsFrom!.Value;
    }

    public async Task MoveAsync(Guid id, Guid? newParentId, Guid version, CancellationToken cancellationToken = default)
    {
        var unit = await LoadForChangeAsync(id, version, cancellationToken);
        if (newParentId is null)
        {
            throw ValidationException.For("NewParentId", Texts.OrgUnit_Move_ChooseParent);
        }

        var parent = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == newParentId, cancellationToken)
            ?? throw ValidationException.For("NewParentId", Texts.OrgUnit_Parent_Missing);
        if (unit.IsAncestorOrSelfOf(parent))
        {
            throw ValidationException.For("NewParentId", parent.Id == unit.Id ? Texts.OrgUnit_Move_UnderItself : Texts.OrgUnit_Move_UnderOwnChild);
        }

        if (parent.MunicipalityId != unit.MunicipalityId)
        {
            throw ValidationException.For("NewParentId", Texts.OrgUnit_Move_OtherMunicipality);
        }

        if (parent.IsArchived)
        {
            throw ValidationException.For("NewParentId", Texts.OrgUnit_Parent_Archived);
        }

        if (!OrgUnit.MayStandUnder(unit.Kind, parent))
        {
            throw ValidationException.For("NewParentId", Format(Texts.OrgUnit_Kind_NotUnder, KindName(unit.Kind), KindName(parent.Kind)));
        }

        var oldPrefix = unit.Path;
        var oldDepth = unit.Depth;
        var descendants = await db.OrgUnits.Where(u => u.Path.StartsWith(oldPrefix) && u.Id != unit.Id).ToListAsync(cancellationToken);
        unit.PlaceUnder(parent);
        foreach (var descendant in descendants)
        {
            descendant.Rebase(oldPrefix, unit.Path, unit.Depth - oldDepth);
        }

        await SaveAsync(cancellationToken);
    }

    public async Task ArchiveAsync(Guid id, Guid version, CancellationToken cancellationToken = default)
    {
        var unit = await LoadForChangeAsync(id, version, cancellationToken);
        if (await db.OrgUnits.AnyAsync(u => u.ParentId == id && !u.IsArchived, cancellationToken))
        {
            throw ValidationException.For(string.Empty, Texts.OrgUnit_Archive_HasActiveChildren);
        }

        unit.Archive(time.GetUtcNow().UtcDateTime);
        await SaveAsync(cancellationToken);
    }

    public async Task RestoreAsync(Guid id, Guid version, CancellationToken cancellationToken = default)
    {
        var unit = await LoadForChangeAsync(id, version, cancellationToken);
        if (unit.ParentId is { } parentId && await db.OrgUnits.AnyAsync(u => u.Id == parentId && u.IsArchived, cancellationToken))
        {
            throw ValidationException.For(string.Empty, Texts.OrgUnit_Restore_ParentArchived);
        }

        unit.Restore();
        await SaveAsync(cancellationToken);
    }

    /// <summary>Only a unit without children, grants or data of any feature may be deleted; anything else is archived.</summary>
    public async Task DeleteAsync(Guid id, Guid version, CancellationToken cancellationToken = default)
    {
        var unit = await LoadForChangeAsync(id, version, cancellationToken);
        if (await HasDataAsync(id, cancellationToken))
        {
            throw ValidationException.For(string.Empty, Texts.OrgUnit_Delete_HasData);
        }

        db.OrgUnits.Remove(unit);
        await SaveAsync(cancellationToken);
    }

    public async Task<bool> HasDataAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (await db.OrgUnits.AnyAsync(u => u.ParentId == id, cancellationToken)
            || await db.AccessGrants.AnyAsync(g => g.OrgUnitId == id, cancellationToken))
        {
            return true;
        }

        foreach (var probe in probes)
        {
            if (await probe.HasDataAsync(id, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Units an administrator may choose as a new parent: active units of the same municipality, outside the unit's own subtree.</summary>
    public async Task<IReadOnlyList<OrgUnit>> GetMoveTargetsAsync(OrgUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var municipalityPath = OrgUnit.PathSegment(unit.MunicipalityId);
        var candidates = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(municipalityPath) && !u.Path.StartsWith(unit.Path) && !u.IsArchived && u.Kind < unit.Kind)
            .ToListAsync(cancellationToken);
        return DepthFirstByName(candidates);
    }

    // What other features read about units. The caller has checked the user's access to the units it asks about;
    // each is one query, whatever the number of units.

    /// <summary>One unit, archived or not; null when there is none.</summary>
    public async Task<OrgUnit?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    /// <summary>The units of the given ids (a unit's ancestors, a goal's owners), in no particular order.</summary>
    public async Task<IReadOnlyList<OrgUnit>> ListAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);

    /// <summary>Whether any active unit lies below <paramref name="unit"/>.</summary>
    public Task<bool> HasUnitsBelowAsync(OrgUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return db.OrgUnits.AnyAsync(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id && !u.IsArchived, cancellationToken);
    }

    /// <summary>The active units of a subtree, <paramref name="top"/> among them.</summary>
    public async Task<IReadOnlyList<OrgTreeNode>> SubtreeAsync(OrgUnit top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(top);
        var prefix = top.Path;
        return await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(prefix) && !u.IsArchived)
            .Select(u => new OrgTreeNode(u.Id, u.Name, u.Kind, u.ParentId, u.Path, u.IsArchived, u.ReportsFrom)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The ids of every unit, archived too, whose path starts with <paramref name="pathPrefix"/>: a query, not a list,
    /// for another feature to filter its own table by in the same database query.
    /// </summary>
    /// <summary>
    /// The units whose path starts with <paramref name="pathPrefix"/> (a unit and everything below it), as a query
    /// another feature joins into its own: one SQL statement, never a query per unit.
    /// </summary>
    public IQueryable<UnitRef> UnitsUnder(string pathPrefix) =>
        db.OrgUnits.Where(u => u.Path.StartsWith(pathPrefix)).Select(u => new UnitRef { Id = u.Id, Name = u.Name, Path = u.Path, IsArchived = u.IsArchived });

    /// <summary>
    /// The units that write reports under <paramref name="pathPrefix"/>: active, of the kind Unit, each with the month it
    /// reports from. A query another feature joins into its own, as the start page's to-do counts no archived unit.
    /// </summary>
    public IQueryable<ReportingUnit> ReportingUnitsUnder(string pathPrefix) =>
        db.OrgUnits.Where(u => u.Path.StartsWith(pathPrefix) && !u.IsArchived && u.Kind == OrgUnitKind.Unit).Select(u => new ReportingUnit { Id = u.Id, ReportsFrom = u.ReportsFrom });

    /// <summary>Every unit, as a query another feature joins into its own.</summary>
    public IQueryable<UnitRef> Units() => UnitsUnder(string.Empty);

    /// <summary>A unit and every unit below it; the caller has checked access.</summary>
    public async Task<IReadOnlyList<OrgUnit>> SubtreeUnitsAsync(string pathPrefix, CancellationToken cancellationToken = default) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(pathPrefix)).ToListAsync(cancellationToken);

    /// <summary>A unit's name, for messages that say where something came from.</summary>
    public async Task<string?> NameAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.OrgUnits.Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The municipality with this id, or null when the id is not a municipality's.</summary>
    public async Task<OrgUnit?> FindMunicipalityAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.Kind == OrgUnitKind.Municipality, cancellationToken);

    public IQueryable<Guid> IdsUnder(string pathPrefix) => db.OrgUnits.Where(u => u.Path.StartsWith(pathPrefix)).Select(u => u.Id);

    /// <summary>Those of the given units the user may read.</summary>
    public async Task<IReadOnlyList<OrgUnit>> ReadableAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await (await access.VisibleAsync(db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)), cancellationToken)).ToListAsync(cancellationToken);

    /// <summary>
    /// The units the user may read whose path starts with <paramref name="pathPrefix"/> (any, without one); with
    /// <see cref="AccessLevel.BoardMember"/>, also a board member's, for the steering picture.
    /// </summary>
    public Task<IReadOnlyList<OrgUnit>> ReadableUnderAsync(string? pathPrefix, bool includeArchived, CancellationToken cancellationToken = default) =>
        ReadableUnderAsync(pathPrefix, includeArchived, AccessLevel.Read, cancellationToken);

    /// <inheritdoc cref="ReadableUnderAsync(string?, bool, CancellationToken)"/>
    public async Task<IReadOnlyList<OrgUnit>> ReadableUnderAsync(string? pathPrefix, bool includeArchived, AccessLevel least, CancellationToken cancellationToken = default)
    {
        var scope = db.OrgUnits.AsNoTracking();
        if (!includeArchived)
        {
            scope = scope.Where(u => !u.IsArchived);
        }

        if (pathPrefix is not null)
        {
            scope = scope.Where(u => u.Path.StartsWith(pathPrefix));
        }

        return await (await access.VisibleAsync(scope, least, cancellationToken)).ToListAsync(cancellationToken);
    }

    /// <summary>Units in tree order, siblings by Swedish alphabetical order: how a person reads an organisation.</summary>
    public static IReadOnlyList<OrgUnit> DepthFirstByName(IReadOnlyCollection<OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var comparer = StringComparer.Create(VerksamApp.Swedish, false);
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.OrderBy(u => u.Name, comparer).ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (Guid?)null);
        var ordered = new List<OrgUnit>(units.Count);
        void Walk(Guid? parent)
        {
            foreach (var unit in children[parent])
            {
                ordered.Add(unit);
                Walk(unit.Id);
            }
        }

        Walk(null);
        return ordered;
    }

    public static string KindName(OrgUnitKind kind) => EnumText.Of(kind);

    private static IEnumerable<Guid> PathIds(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.ParseExact(s, "N"));

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.CurrentCulture, template, args);

    private static void ThrowIfInvalid(ValidationErrors errors)
    {
        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }
    }

    private async Task RequireAdministratorAsync(CancellationToken cancellationToken)
    {
        if (!(await access.GetAsync(cancellationToken)).IsAdministrator)
        {
            throw new UnauthorizedAccessException();
        }
    }

    /// <summary>Loads a unit for an administrator's change, refusing a save based on a version someone else has replaced.</summary>
    private async Task<OrgUnit> LoadForChangeAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await RequireAdministratorAsync(cancellationToken);
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException();
        db.Expect(unit, version);
        return unit;
    }

    private Task SaveAsync(CancellationToken cancellationToken) => db.SaveOrRefuseAsync(cancellationToken);
}
