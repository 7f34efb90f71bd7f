using Microsoft.AspNetCore.Identity;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Accounts;

public sealed class VerksamUser : IdentityUser, IAudited
{
    public const int IdMaxLength = 64;
    public const int UserNameMaxLength = 100;
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>An administrator manages the organisation, users and grants, and may see every unit.</summary>
    public bool IsAdministrator { get; set; }

    /// <summary>A disabled account cannot log in, and its sessions have ended; an administrator can enable it again.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>When the user last opened the start page (UTC); written by <see cref="VisitService"/>, never audited.</summary>
    public DateTime? LastSeenAt { get; set; }

    /// <summary>The end of the user's previous visit, which the start page's "Sedan ditt förra besök" counts from.</summary>
    public DateTime? ChangesSince { get; set; }

    Guid? IAudited.AuditOrgUnitId => null;
}
