using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Access;

public sealed class AccessGrant : IAudited
{
    private AccessGrant()
    {
        UserId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public AccessLevel Level { get; private set; }

    public DateTime GrantedAt { get; private set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public static AccessGrant Create(string userId, Guid orgUnitId, AccessLevel level, DateTime at) =>
        new() { Id = Guid.NewGuid(), UserId = userId, OrgUnitId = orgUnitId, Level = level, GrantedAt = at };

    public void ChangeLevel(AccessLevel level) => Level = level;
}
