using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Notifications;

/// <summary>One user's choice of mail for one kind of notification; a kind without a row has its default.</summary>
public sealed class NotificationPreference : IAudited
{
    public string UserId { get; set; } = string.Empty;

    public NotificationKind Kind { get; set; }

    public MailChoice Choice { get; set; }

    Guid? IAudited.AuditOrgUnitId => null;

    /// <summary>
    /// What a unit manager would choose: every kind by mail at once, since each is sent once per thing and period and
    /// asks for something to be done; the list in Verksam shows every notification whatever the choice.
    /// </summary>
    public const MailChoice DefaultChoice = MailChoice.Immediately;
}

/// <summary>How a kind of notification comes by mail. The number is stored.</summary>
public enum MailChoice
{
    Immediately = 1,
    Never = 4,
}
