namespace Verksam.Web.Features.Organisation;

/// <summary>What one user may do, loaded once per request: administrator, or the grants with the paths of their units.</summary>
public sealed class UserAccess
{
    public static readonly UserAccess None = new(false, []);

    public UserAccess(bool isAdministrator, IReadOnlyList<GrantedPath> grants)
    {
        IsAdministrator = isAdministrator;
        Grants = grants;
    }

    public bool IsAdministrator { get; }

    public IReadOnlyList<GrantedPath> Grants { get; }

    /// <summary>The highest level granted on the unit at <paramref name="unitPath"/> or any unit above it.</summary>
    public AccessLevel? LevelAt(string unitPath)
    {
        ArgumentNullException.ThrowIfNull(unitPath);
        if (IsAdministrator)
        {
            return AccessLevel.Approve;
        }

        AccessLevel? best = null;
        foreach (var grant in Grants)
        {
            if (unitPath.StartsWith(grant.Path, StringComparison.Ordinal) && (best is null || grant.Level > best))
            {
                best = grant.Level;
            }
        }

        return best;
    }

    public bool Allows(string unitPath, AccessLevel needed) => LevelAt(unitPath) is { } level && level >= needed;

    /// <summary>Whether any grant is a board member's: their start page lists the approved reports.</summary>
    public bool IsBoardMember => Grants.Any(g => g.Level == AccessLevel.BoardMember);

    /// <summary>
    /// Whether the user writes the unit's own work (its reports, activities, risks, wheel): granted Edit on it or a
    /// unit above, or any level on the unit itself. An approver above the unit approves; writing is the unit's.
    /// </summary>
    public bool Writes(string unitPath)
    {
        ArgumentNullException.ThrowIfNull(unitPath);
        return Grants.Any(g => g.Level == AccessLevel.Edit && unitPath.StartsWith(g.Path, StringComparison.Ordinal)
            || g.Level >= AccessLevel.Edit && unitPath == g.Path);
    }

    /// <summary>
    /// Whether the user may read and handle the register's matters (descriptions, investigations) at the unit: the
    /// unit's managers (Edit and above) and those granted the register. Everyone else who reads the unit sees counts
    /// only.
    /// </summary>
    public bool AllowsRegister(string unitPath) =>
        Allows(unitPath, AccessLevel.Edit)
        || Grants.Any(g => g.IncludesRegister && g.Level >= AccessLevel.Read && unitPath.StartsWith(g.Path, StringComparison.Ordinal));
}

public sealed record GrantedPath(Guid OrgUnitId, string Path, AccessLevel Level, bool IncludesRegister = false);
