using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Organisation;

public sealed class OrgUnit : IAudited, IVersioned
{
    public const int NameMaxLength = 200;
    public const int PathMaxLength = 400;

    private OrgUnit()
    {
        Name = string.Empty;
        Path = string.Empty;
    }

    public Guid Id { get; private set; }

    [AuditValue]
    public string Name { get; private set; }

    public OrgUnitKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Ids from the root down to this unit, each followed by '/', so a subtree is one prefix query.</summary>
    [AuditValue]
    public string Path { get; private set; }

    public int Depth { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    /// <summary>
    /// The first month the unit owes follow-up reports for (its first day): the month it was created, unless an
    /// administrator set another. Unset for units made before units had one: they owe every period.
    /// </summary>
    [AuditValue]
    public DateOnly? ReportsFrom { get; private set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => Id;

    public static OrgUnit CreateRoot(Guid id, string name)
    {
        var unit = new OrgUnit { Id = id, Kind = OrgUnitKind.Municipality, Version = Guid.NewGuid() };
        unit.Name = name.Trim();
        unit.Path = PathSegment(id);
        return unit;
    }

    public static OrgUnit CreateChild(Guid id, string name, OrgUnitKind kind, OrgUnit parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var unit = new OrgUnit { Id = id, Kind = kind, Version = Guid.NewGuid() };
        unit.Name = name.Trim();
        unit.PlaceUnder(parent);
        return unit;
    }

    /// <summary>The rules for a unit's own fields, shared by create and rename.</summary>
    public static ValidationErrors ValidateName(string? name)
    {
        var errors = new ValidationErrors();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add(nameof(Name), Resources.Texts.OrgUnit_Name_Required);
        }
        else if (trimmed.Length > NameMaxLength)
        {
            errors.Add(nameof(Name), string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.OrgUnit_Name_TooLong, NameMaxLength, trimmed.Length));
        }

        PersonalIdentityNumber.Refuse(errors, nameof(Name), Resources.Texts.OrgUnit_Name, trimmed);
        return errors;
    }

    /// <summary>Whether a unit of <paramref name="kind"/> may stand directly under <paramref name="parent"/>.</summary>
    public static bool MayStandUnder(OrgUnitKind kind, OrgUnit? parent) =>
        parent is null ? kind == OrgUnitKind.Municipality : kind > parent.Kind && kind != OrgUnitKind.Municipality;

    public bool IsAncestorOrSelfOf(OrgUnit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Path.StartsWith(Path, StringComparison.Ordinal);
    }

    public Guid MunicipalityId => Guid.ParseExact(Path.AsSpan(0, 32), "N");

    public IReadOnlyList<Guid> AncestorIds() =>
        Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.ParseExact(s, "N")).SkipLast(1).ToList();

    public void Rename(string name) => Name = name.Trim();

    /// <summary>The unit owes reports from the month of <paramref name="day"/>; nothing before it is missing or late.</summary>
    public void ReportFrom(DateOnly day) => ReportsFrom = Domain.Periods.ReportPeriods.MonthOf(day);

    public void Archive(DateTime at)
    {
        IsArchived = true;
        ArchivedAt = at;
    }

    public void Restore()
    {
        IsArchived = false;
        ArchivedAt = null;
    }

    /// <summary>Moves this unit under <paramref name="parent"/>; the caller rewrites the paths of its descendants.</summary>
    public void PlaceUnder(OrgUnit parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ParentId = parent.Id;
        Path = parent.Path + PathSegment(Id);
        Depth = parent.Depth + 1;
    }

    /// <summary>After an ancestor moved, replaces the old prefix of this unit's path with the new one.</summary>
    public void Rebase(string oldPrefix, string newPrefix, int depthChange)
    {
        Path = newPrefix + Path[oldPrefix.Length..];
        Depth += depthChange;
    }

    public static string PathSegment(Guid id) => id.ToString("N") + "/";
}
