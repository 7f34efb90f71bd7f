using System.Globalization;
using Verksam.Web.Features.Notifications;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// Who is told of a report's step, in the same save as the step (the notifications are the mail's outbox): a report
/// sent in, its approvers; sent back or approved, those who write the unit's reports. The one who acted is not told.
/// </summary>
public sealed partial class FollowUpService
{
    private Task NoticeSubmittedAsync(OrgUnit unit, FollowUpReport report, CancellationToken cancellationToken) =>
        notifications.NotifyApproversAsync(unit, Notice(unit, report, NotificationKind.ReportSubmitted, Texts.Notice_ReportSubmitted, report.SubmittedAt), actor.UserId, cancellationToken);

    private Task NoticeDecidedAsync(OrgUnit unit, FollowUpReport report, CancellationToken cancellationToken) => report.Status == ReportStatus.Returned
        ? notifications.NotifyWritersAsync(unit, Notice(unit, report, NotificationKind.ReportReturned, Texts.Notice_ReportReturned, report.DecidedAt) with { Comment = report.Comment }, actor.UserId, cancellationToken)
        : notifications.NotifyWritersAsync(unit, Notice(unit, report, NotificationKind.ReportApproved, Texts.Notice_ReportApproved, report.DecidedAt), actor.UserId, cancellationToken);

    /// <summary>One notice per step: a report sent in again after it came back is a new step, with a new key.</summary>
    private Notice Notice(OrgUnit unit, FollowUpReport report, NotificationKind kind, string format, DateTime? at) => new(
        kind, unit.Id, string.Format(CultureInfo.CurrentCulture, format, Title(report.Period), unit.Name, actor.Name), Link.Report(unit.Id, report.Period),
        string.Create(CultureInfo.InvariantCulture, $"{kind}:{report.Id:N}:{at?.Ticks}"));
}
