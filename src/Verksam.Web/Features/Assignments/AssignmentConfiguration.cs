using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Assignments;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id).HasName("pk_assignments");
        builder.Property(a => a.Title).HasMaxLength(Assignment.TitleMaxLength).IsRequired();
        builder.Property(a => a.Commissioner).HasMaxLength(Assignment.CommissionerMaxLength);
        builder.Property(a => a.Status).HasConversion<int?>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_assignments_org_unit");
        builder.HasIndex(a => new { a.OrgUnitId, a.Year }).HasDatabaseName("ix_assignments_org_unit_year");
    }
}

internal sealed class AssignmentGoalConfiguration : IEntityTypeConfiguration<AssignmentGoal>
{
    public void Configure(EntityTypeBuilder<AssignmentGoal> builder)
    {
        builder.ToTable("assignment_goals");
        builder.HasKey(a => new { a.AssignmentId, a.GoalId }).HasName("pk_assignment_goals");
        builder.HasOne<Assignment>().WithMany().HasForeignKey(a => a.AssignmentId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_assignment_goals_assignment");
        builder.HasOne<Goal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_assignment_goals_goal");
        builder.HasIndex(a => a.GoalId).HasDatabaseName("ix_assignment_goals_goal_id");
    }
}
