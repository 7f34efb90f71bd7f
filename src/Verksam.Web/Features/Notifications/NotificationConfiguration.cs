using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id).HasName("pk_notifications");
        builder.Property(n => n.UserId).HasMaxLength(VerksamUser.IdMaxLength).IsRequired();
        builder.Property(n => n.Kind).HasConversion<int>();
        builder.Property(n => n.Mail).HasConversion<int>();
        builder.Property(n => n.Subject).HasMaxLength(Notification.SubjectMaxLength).IsRequired();
        builder.Property(n => n.Comment).HasMaxLength(Notification.CommentMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength).IsRequired();
        builder.Property(n => n.Key).HasMaxLength(Notification.KeyMaxLength).IsRequired();
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique().HasDatabaseName("ux_notifications_user_key");
        builder.HasIndex(n => new { n.UserId, n.ReadAt }).HasDatabaseName("ix_notifications_user_read");
        builder.HasIndex(n => new { n.Mail, n.MailDueAt }).HasDatabaseName("ix_notifications_mail");
        builder.HasIndex(n => n.OrgUnitId).HasDatabaseName("ix_notifications_org_unit");
        builder.HasOne<VerksamUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_notifications_user");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(n => n.OrgUnitId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_notifications_org_unit");
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("notification_preferences");
        builder.HasKey(p => new { p.UserId, p.Kind }).HasName("pk_notification_preferences");
        builder.Property(p => p.UserId).HasMaxLength(VerksamUser.IdMaxLength);
        builder.Property(p => p.Kind).HasConversion<int>();
        builder.Property(p => p.Choice).HasConversion<int>();
        builder.HasOne<VerksamUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_notification_preferences_user");
    }
}

internal sealed class MailLogEntryConfiguration : IEntityTypeConfiguration<MailLogEntry>
{
    public void Configure(EntityTypeBuilder<MailLogEntry> builder)
    {
        builder.ToTable("mail_log");
        builder.HasKey(m => m.Id).HasName("pk_mail_log");
        builder.Property(m => m.UserId).HasMaxLength(VerksamUser.IdMaxLength).IsRequired();
        builder.Property(m => m.Address).HasMaxLength(MailLogEntry.AddressMaxLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(Notification.SubjectMaxLength).IsRequired();
        builder.Property(m => m.Error).HasMaxLength(MailLogEntry.ErrorMaxLength);
        builder.HasIndex(m => m.At).HasDatabaseName("ix_mail_log_at");
        builder.HasIndex(m => m.NotificationId).HasDatabaseName("ix_mail_log_notification");
        builder.HasOne<Notification>().WithMany().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_mail_log_notification");
    }
}
