namespace Verksam.Web.Features.Organisation;

/// <summary>The levels of the organisation tree, top first. A child is always of a later kind than its parent.</summary>
public enum OrgUnitKind
{
    Municipality = 1,
    Board = 2,
    Department = 3,
    Unit = 4,
    WorkGroup = 5,
}
