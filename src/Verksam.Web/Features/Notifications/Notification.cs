namespace Verksam.Web.Features.Notifications;

/// <summary>
/// Something a user should know of or do ("Månadsrapport oktober 2023 för Myndighet LSS har skickats in"), with a link
/// to it. The row is written in the same save as the change it tells of, and it is also the mail's outbox: the mail
/// job delivers from these rows and marks them, so nothing is lost in a crash and nothing is sent twice after one.
/// </summary>
public sealed class Notification
{
    public const int SubjectMaxLength = 300;
    public const int LinkMaxLength = 500;
    public const int KeyMaxLength = 200;
    public const int CommentMaxLength = 4000;

    public Guid Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public NotificationKind Kind { get; set; }

    public Guid OrgUnitId { get; set; }

    /// <summary>The line the list and the mail show; it names the unit and the period, never a matter's text.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The approver's comment on a report sent back; nothing else carries free text.</summary>
    public string? Comment { get; set; }

    /// <summary>An address from the link builder, relative to the app.</summary>
    public string Link { get; set; } = string.Empty;

    /// <summary>What the notification is about, once per user ("report-due:{unit}:2023-10"): a job run twice adds nothing.</summary>
    public string Key { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }

    public MailState Mail { get; set; }

    public int MailAttempts { get; set; }

    /// <summary>Not before this moment is the mail tried (again): the back-off after a failure.</summary>
    public DateTime? MailDueAt { get; set; }

    /// <summary>While a delivery run holds the row; a run that died leaves it to be taken again after this.</summary>
    public DateTime? MailClaimedUntil { get; set; }

    public DateTime? MailSentAt { get; set; }
}

/// <summary>What a notification tells of. The number is stored; a new kind goes at the end.</summary>
public enum NotificationKind
{
    ReportSubmitted = 1,
    ReportReturned = 2,
    ReportApproved = 3,
    ReportDueSoon = 4,
    ReportOverdue = 5,
    MatterOverdue = 6,
    LexAwaitingDecision = 7,
    LexAwaitingIvo = 8,
    RiskNotFollowedUp = 9,
    WheelActivitiesThisMonth = 10,
    ActivityPastEnd = 11,
}

/// <summary>Where the notification's mail is: none wanted, waiting in the outbox, being sent, sent, or given up.</summary>
public enum MailState
{
    None = 0,
    Pending = 1,
    Sending = 2,
    Sent = 3,
    Failed = 4,
}
