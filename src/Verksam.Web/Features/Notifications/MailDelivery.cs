using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Verksam.Web.Data;
using Verksam.Web.Features.Accounts;

namespace Verksam.Web.Features.Notifications;

/// <summary>
/// Delivers the mail waiting in the notifications (the outbox): to the SMTP server, or as .eml files without one.
/// Each row is claimed in the database before it is sent and marked sent after, so two runs, two instances or a
/// restart never send one mail twice; a failure is logged with the server's answer and tried again later.
/// </summary>
public sealed partial class MailDelivery(VerksamDbContext db, UserDirectory users, MailOptions options, MailFiles files, ILogger<MailDelivery> logger)
{
    public const int BatchSize = 50;

    /// <summary>How long a run holds a row it took; one that died lets it go after this.</summary>
    public static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is due at <paramref name="now"/>; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var due = await Due(now).OrderBy(n => n.CreatedAt).Select(n => n.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var id in due)
        {
            if (await ClaimAsync(id, now, cancellationToken) && await DeliverAsync(id, now, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private IQueryable<Notification> Due(DateTime now) => db.Notifications.AsNoTracking().Where(n =>
        (n.Mail == MailState.Pending && (n.MailDueAt == null || n.MailDueAt <= now)) || (n.Mail == MailState.Sending && n.MailClaimedUntil < now));

    /// <summary>Takes the row for this run, in one statement: whichever run changes it first has it.</summary>
    private async Task<bool> ClaimAsync(Guid id, DateTime now, CancellationToken cancellationToken) =>
        await Due(now).Where(n => n.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.Sending).SetProperty(n => n.MailClaimedUntil, now + ClaimTime), cancellationToken) == 1;

    private async Task<bool> DeliverAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstAsync(n => n.Id == id, cancellationToken);
        var contact = (await users.ContactsAsync([notification.UserId], cancellationToken)).GetValueOrDefault(notification.UserId);
        var attempt = notification.MailAttempts + 1;
        notification.MailAttempts = attempt;
        notification.MailClaimedUntil = null;
        string? error = null;
        var permanent = false;
        if (contact?.Email is null || contact.IsDisabled)
        {
            error = Resources.Texts.MailLog_NoAddress;
            permanent = true;
        }
        else
        {
            try
            {
                await SendAsync(MailComposer.Compose(notification, contact, options), notification.Id, cancellationToken);
            }
            catch (Exception e) when (IsMailFailure(e) && !cancellationToken.IsCancellationRequested)
            {
                error = e.Message;
                // A mailbox the server refuses for good (5xx) is not tried again; anything else may pass later.
                permanent = e is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 } or ParseException;
                LogFailed(logger, notification.Id, attempt, e.Message);
            }
        }

        DateTime? retry = null;
        if (error is null)
        {
            notification.Mail = MailState.Sent;
            notification.MailSentAt = now;
        }
        else if (permanent || attempt >= options.MaxAttempts)
        {
            notification.Mail = MailState.Failed;
        }
        else
        {
            retry = now + MailOptions.BackOff(attempt);
            notification.Mail = MailState.Pending;
            notification.MailDueAt = retry;
        }

        db.MailLog.Add(new MailLogEntry
        {
            Id = Guid.NewGuid(),
            NotificationId = notification.Id,
            UserId = notification.UserId,
            Address = Cut(contact?.Email ?? "–", MailLogEntry.AddressMaxLength),
            Subject = notification.Subject,
            At = now,
            Attempt = attempt,
            Delivered = error is null,
            Error = error is null ? null : Cut(error, MailLogEntry.ErrorMaxLength),
            RetryAt = retry,
        });
        await db.SaveChangesAsync(cancellationToken);
        return error is null;
    }

    private async Task SendAsync(MimeMessage message, Guid id, CancellationToken cancellationToken)
    {
        if (options.WritesFiles)
        {
            await files.WriteAsync(message, id, cancellationToken);
            return;
        }

        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        var security = options.Security switch
        {
            MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
            MailSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(options.Host!, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>What the server or the network may answer; anything else is a bug and is not hidden in the log.</summary>
    private static bool IsMailFailure(Exception e) => e is SmtpCommandException or SmtpProtocolException or System.Net.Sockets.SocketException
        or IOException or AuthenticationException or SslHandshakeException or TimeoutException or OperationCanceledException or ParseException or MailKit.ServiceNotConnectedException;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail for notification {NotificationId} failed on attempt {Attempt}: {Error}")]
    private static partial void LogFailed(ILogger logger, Guid notificationId, int attempt, string error);
}

/// <summary>The embedded default: each mail as an .eml file in the data folder's <c>mail/</c>, named by its notification.</summary>
public sealed class MailFiles(DatabaseOptions database, IHostEnvironment environment)
{
    public string Folder => Path.Combine(Path.GetFullPath(database.DataDirectory, environment.ContentRootPath), "mail");

    /// <summary>Written to a temporary name and moved, so a crash leaves no half file; the same mail again replaces itself.</summary>
    public async Task WriteAsync(MimeMessage message, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{id:N}.eml");
        var temporary = file + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }
}
