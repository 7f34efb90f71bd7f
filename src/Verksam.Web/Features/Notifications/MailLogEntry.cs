namespace Verksam.Web.Features.Notifications;

/// <summary>One attempt to deliver a notification's mail: to whom, what, when, and delivered or the server's answer.</summary>
public sealed class MailLogEntry
{
    public const int AddressMaxLength = 256;
    public const int ErrorMaxLength = 1000;

    public Guid Id { get; set; }

    public Guid NotificationId { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public DateTime At { get; set; }

    public int Attempt { get; set; }

    public bool Delivered { get; set; }

    /// <summary>The server's error, or why no attempt could be made; null when delivered.</summary>
    public string? Error { get; set; }

    /// <summary>When it is tried again, or null when it is not.</summary>
    public DateTime? RetryAt { get; set; }
}
