using System.Globalization;

namespace Verksam.Web.Features.Organisation;

/// <summary>A unit in a tree; <paramref name="ReportsFrom"/> is filled where reporting needs it (<see cref="OrgUnitService.SubtreeAsync"/>).</summary>
public sealed record OrgTreeNode(Guid Id, string Name, OrgUnitKind Kind, Guid? ParentId, string Path, bool IsArchived, DateOnly? ReportsFrom = null);

public sealed class OrgTree(IReadOnlyList<OrgTreeNode> units, IReadOnlyList<OrgTreeNode> roots, IReadOnlyDictionary<Guid, IReadOnlyList<string>> rootContext)
{
    private static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false);
    private readonly ILookup<Guid?, OrgTreeNode> _children = units.OrderBy(u => u.Name, SwedishOrder).ToLookup(u => u.ParentId);

    public IReadOnlyList<OrgTreeNode> Units { get; } = units;

    public IReadOnlyList<OrgTreeNode> Roots { get; } = roots.OrderBy(r => r.Path.Length).ThenBy(r => r.Name, SwedishOrder).ToList();

    /// <summary>For each root, the names of the units above it that the user is not granted, outermost first.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> RootContext { get; } = rootContext;

    public IEnumerable<OrgTreeNode> ChildrenOf(Guid id) => _children[id];
}

public sealed record AncestorLink(Guid Id, string Name, bool IsVisible);

public sealed record OrgUnitDetails(OrgUnit Unit, AccessLevel Level, IReadOnlyList<AncestorLink> Ancestors, IReadOnlyList<OrgUnit> Children, bool IsAdministrator, bool CanSeeRegister);

/// <summary>A unit as other features join it into their queries: its id, name and place in the tree.</summary>
public sealed class UnitRef
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Path { get; init; } = string.Empty;

    public bool IsArchived { get; init; }
}

/// <summary>A unit that writes reports, as other features join it: its id and the month it reports from.</summary>
public sealed class ReportingUnit
{
    public Guid Id { get; init; }

    public DateOnly? ReportsFrom { get; init; }
}
