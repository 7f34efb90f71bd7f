using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.FollowUp;

/// <summary>Where a follow-up report is in its workflow: Utkast → Inskickad → Godkänd, or back as Återremitterad.</summary>
public enum ReportStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
}

/// <summary>
/// A unit's follow-up report for a month or a tertial: its texts, the goals' colours or fulfilments (kept as goal
/// assessments), and from submission on the figures frozen as they were, so later corrections cannot change it silently.
/// </summary>
public sealed class FollowUpReport : IAudited, IVersioned
{
    public const int ActorMaxLength = 200;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public int StartMonth { get; set; }

    public int EndMonth { get; set; }

    public ReportStatus Status { get; set; } = ReportStatus.Draft;

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    [AuditValue]
    public string? SubmittedById { get; set; }

    [AuditValue]
    public string? SubmittedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    [AuditValue]
    public string? DecidedBy { get; set; }

    /// <summary>
    /// The approver's comment when sending the report back, or the reason it was reopened. Logged as written: it is
    /// the reason for a step in the report's handling, which the report's history must show, and it is refused if
    /// it holds a personal identity number.
    /// </summary>
    [AuditValue]
    public string? Comment { get; set; }

    /// <summary>The figures as they were at submission (JSON of <see cref="ReportFigures"/>); null while a draft.</summary>
    public string? Figures { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public Period Period
    {
        get => Period.FromStored(Year, PeriodKind, StartMonth, EndMonth);
        set
        {
            Year = value.Year;
            PeriodKind = value.Kind;
            StartMonth = value.StartMonth;
            EndMonth = value.EndMonth;
        }
    }

    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;

    public bool IsFrozen => Status is ReportStatus.Submitted or ReportStatus.Approved;

    /// <summary>Who sent the report in and when, while it stands as sent in (submitted or approved); a returned or reopened report has none.</summary>
    public ReportStep? Submission => IsFrozen && SubmittedAt is { } at ? new ReportStep(at, SubmittedBy ?? string.Empty) : null;

    /// <summary>Who approved the report and when; only an approved report has it (a return is a decision too, but no approval).</summary>
    public ReportStep? Approval => Status == ReportStatus.Approved && DecidedAt is { } at ? new ReportStep(at, DecidedBy ?? string.Empty) : null;

    /// <summary>The date a document of the report carries: its approval, else its submission, else the day it is exported.</summary>
    public static DateOnly DocumentDate(FollowUpReport? report, DateOnly exported) =>
        (report?.Approval ?? report?.Submission) is { } step ? step.Date : exported;
}

/// <summary>A step of a report's handling: when (UTC) and by whom.</summary>
public readonly record struct ReportStep(DateTime At, string By)
{
    /// <summary>The day in Stockholm, as a document dates it.</summary>
    public DateOnly Date => DateOnly.FromDateTime(LocalTime.ToStockholm(At));
}

/// <summary>A text of a follow-up report: a template section ("handelser") or a goal's text ("mal-{id}-bra").</summary>
public sealed class FollowUpText : IAudited
{
    public const int KeyMaxLength = 100;

    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public Guid OrgUnitId { get; set; }

    [AuditValue]
    public string Key { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}

internal sealed class FollowUpReportConfiguration : IEntityTypeConfiguration<FollowUpReport>
{
    public void Configure(EntityTypeBuilder<FollowUpReport> builder)
    {
        builder.ToTable("follow_up_reports");
        builder.HasKey(r => r.Id).HasName("pk_follow_up_reports");
        builder.Ignore(r => r.Period);
        builder.Property(r => r.PeriodKind).HasConversion<int>();
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.SubmittedById).HasMaxLength(FollowUpReport.ActorMaxLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(FollowUpReport.ActorMaxLength);
        builder.Property(r => r.DecidedBy).HasMaxLength(FollowUpReport.ActorMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_follow_up_reports_org_unit");
        builder.HasIndex(r => new { r.OrgUnitId, r.Year, r.PeriodKind, r.StartMonth, r.EndMonth }).IsUnique().HasDatabaseName("ux_follow_up_reports_unit_period");
        // The start page's reports awaiting approval and moved since the last visit: newest or oldest first per status.
        builder.HasIndex(r => new { r.Status, r.SubmittedAt }).HasDatabaseName("ix_follow_up_reports_status_submitted_at");
        builder.HasIndex(r => new { r.Status, r.DecidedAt }).HasDatabaseName("ix_follow_up_reports_status_decided_at");
    }
}

internal sealed class FollowUpTextConfiguration : IEntityTypeConfiguration<FollowUpText>
{
    public void Configure(EntityTypeBuilder<FollowUpText> builder)
    {
        builder.ToTable("follow_up_texts");
        builder.HasKey(t => t.Id).HasName("pk_follow_up_texts");
        builder.Property(t => t.Key).HasMaxLength(FollowUpText.KeyMaxLength).IsRequired();
        builder.Property(t => t.Text).IsRequired();
        builder.HasOne<FollowUpReport>().WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_follow_up_texts_report");
        builder.HasIndex(t => new { t.ReportId, t.Key }).IsUnique().HasDatabaseName("ux_follow_up_texts_report_key");
    }
}
