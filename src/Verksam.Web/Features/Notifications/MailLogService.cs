using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Notifications;

/// <summary>The administrator's send log: each attempt to deliver a mail, and how much waits or has been given up.</summary>
public sealed class MailLogService(VerksamDbContext db, UserDirectory users, IAdministratorCheck administrator, MailOptions options, MailFiles files)
{
    public const int PageSize = 200;

    public async Task<MailLogPage> ReadAsync(bool failedOnly, CancellationToken cancellationToken = default)
    {
        if (!await administrator.IsAdministratorAsync(cancellationToken))
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        var query = db.MailLog.AsNoTracking();
        if (failedOnly)
        {
            query = query.Where(m => !m.Delivered);
        }

        var entries = await query.OrderByDescending(m => m.At).ThenByDescending(m => m.Attempt).Take(PageSize).ToListAsync(cancellationToken);
        var names = await users.DisplayNamesAsync([.. entries.Select(e => e.UserId).Distinct()], cancellationToken);
        var waiting = await db.Notifications.CountAsync(n => n.Mail == MailState.Pending || n.Mail == MailState.Sending, cancellationToken);
        var failed = await db.Notifications.CountAsync(n => n.Mail == MailState.Failed, cancellationToken);
        var rows = entries.Select(e => new MailLogRow(e, names.GetValueOrDefault(e.UserId) ?? e.UserId)).ToList();
        return new MailLogPage(rows, waiting, failed, failedOnly, options.WritesFiles ? files.Folder : null, options.WritesFiles ? null : $"{options.Host}:{options.Port}");
    }
}

public sealed record MailLogRow(MailLogEntry Entry, string UserName);

/// <param name="FilesFolder">Where mail is written when no SMTP server is set; null when one is.</param>
/// <param name="Server">The SMTP server mail goes to, when one is set.</param>
public sealed record MailLogPage(IReadOnlyList<MailLogRow> Rows, int Waiting, int Failed, bool FailedOnly, string? FilesFolder, string? Server);
