namespace Verksam.Web.Features.Organisation;

/// <summary>What a grant allows on a unit and every unit below it. Each level includes the ones before it.</summary>
public enum AccessLevel
{
    /// <summary>
    /// A nämndledamot: the steering picture of the units (colours, heat map, trends) and their approved reports; never
    /// a draft, a report not yet approved, or the register's matters. Below <see cref="Read"/>, so every page that
    /// asks for Read refuses it; only the pages of the steering picture ask for this level.
    /// </summary>
    BoardMember = 0,
    Read = 1,
    Edit = 2,
    Approve = 3,
}
