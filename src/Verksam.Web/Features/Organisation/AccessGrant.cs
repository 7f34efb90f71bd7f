using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Organisation;

public sealed class AccessGrant : IAudited
{
    private AccessGrant()
    {
        UserId = string.Empty;
    }

    public Guid Id { get; private set; }

    [AuditValue]
    public string UserId { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public AccessLevel Level { get; private set; }

    public DateTime GrantedAt { get; private set; }

    /// <summary>
    /// Also the register of synpunkter, klagomål, avvikelser and Lex Sarah: read and handle matters with only
    /// <see cref="AccessLevel.Read"/> (a development officer, say). Edit and above include the register anyway.
    /// </summary>
    public bool IncludesRegister { get; private set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    /// <summary>A board member never handles the register: <paramref name="includesRegister"/> is dropped for <see cref="AccessLevel.BoardMember"/>.</summary>
    public static AccessGrant Create(string userId, Guid orgUnitId, AccessLevel level, DateTime at, bool includesRegister = false) =>
        new() { Id = Guid.NewGuid(), UserId = userId, OrgUnitId = orgUnitId, Level = level, GrantedAt = at, IncludesRegister = includesRegister && level > AccessLevel.BoardMember };

    public void Change(AccessLevel level, bool includesRegister)
    {
        Level = level;
        IncludesRegister = includesRegister && level > AccessLevel.BoardMember;
    }
}
