using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verksam.Web.Shared.Auditing;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public const int ChangesMaxLength = 100_000;

    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => e.Id).HasName("pk_audit_events");
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEvent.ActorMaxLength).IsRequired();
        builder.Property(e => e.Action).HasConversion<int>();
        builder.Property(e => e.EntityType).HasMaxLength(AuditEvent.EntityTypeMaxLength).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(AuditEvent.EntityIdMaxLength).IsRequired();
        builder.Property(e => e.Changes).HasMaxLength(ChangesMaxLength).IsRequired();
        builder.HasIndex(e => new { e.OrgUnitId, e.OccurredAt }).HasDatabaseName("ix_audit_events_org_unit_time");
        builder.HasIndex(e => new { e.EntityType, e.EntityId }).HasDatabaseName("ix_audit_events_entity");
    }
}
