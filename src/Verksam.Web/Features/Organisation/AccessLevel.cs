namespace Verksam.Web.Features.Organisation;

/// <summary>What a grant allows on a unit and every unit below it. Each level includes the ones before it.</summary>
public enum AccessLevel
{
    Read = 1,
    Edit = 2,
    Approve = 3,
}
