namespace Verksam.Web.Features.Notifications;

/// <summary>
/// Section "Mail": the municipality's SMTP server. Without a host, every mail is written as an .eml file in the data
/// folder's <c>mail/</c> instead, so a fresh installation needs nothing set up and loses nothing.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, "verksam@kommun.se".</summary>
    public string From { get; set; } = "verksam@localhost";

    public string FromName { get; set; } = "Verksam";

    /// <summary>Where users reach Verksam, for the links in a mail ("https://verksam.kommun.se").</summary>
    public string BaseAddress { get; set; } = "http://localhost:5080";

    /// <summary>How many times a mail is tried before it is given up (the send log shows each try).</summary>
    public int MaxAttempts { get; set; } = 6;

    public int TimeoutSeconds { get; set; } = 30;

    public bool WritesFiles => string.IsNullOrWhiteSpace(Host);

    /// <summary>The wait after the <paramref name="attempt"/>th failure: 1, 5, 15, 60, 240 minutes.</summary>
    public static TimeSpan BackOff(int attempt) => TimeSpan.FromMinutes(attempt switch
    {
        <= 1 => 1,
        2 => 5,
        3 => 15,
        4 => 60,
        _ => 240,
    });
}

/// <summary>How the connection to the SMTP server is protected: STARTTLS on 587, TLS from the start on 465, or none.</summary>
public enum MailSecurity
{
    StartTls,
    Tls,
    None,
}
