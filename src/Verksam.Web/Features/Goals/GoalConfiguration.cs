using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Goals;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.ToTable("goals");
        builder.HasKey(g => g.Id).HasName("pk_goals");
        builder.Property(g => g.Title).HasMaxLength(Goal.TitleMaxLength).IsRequired();
        builder.Property(g => g.Perspective).HasMaxLength(Goal.PerspectiveMaxLength);
        builder.Property(g => g.Level).HasConversion<int>();
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Property(g => g.Number).HasMaxLength(Goal.NumberMaxLength);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(g => g.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_goals_org_unit");
        builder.HasOne<Goal>().WithMany().HasForeignKey(g => g.ParentId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_goals_parent");
        builder.HasIndex(g => new { g.OrgUnitId, g.Year }).HasDatabaseName("ix_goals_org_unit_year");
        builder.HasIndex(g => g.ParentId).HasDatabaseName("ix_goals_parent_id");
        builder.HasIndex(g => g.CopiedFromId).HasDatabaseName("ix_goals_copied_from_id");
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id).HasName("pk_activities");
        builder.Property(a => a.Title).HasMaxLength(Activity.TitleMaxLength).IsRequired();
        builder.Property(a => a.Responsible).HasMaxLength(Activity.ResponsibleMaxLength);
        builder.Property(a => a.Status).HasConversion<int>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Goal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_activities_goal");
        builder.HasIndex(a => a.GoalId).HasDatabaseName("ix_activities_goal_id");
    }
}

internal sealed class GoalIndicatorConfiguration : IEntityTypeConfiguration<GoalIndicator>
{
    public void Configure(EntityTypeBuilder<GoalIndicator> builder)
    {
        builder.ToTable("goal_indicators");
        builder.HasKey(g => new { g.GoalId, g.IndicatorId }).HasName("pk_goal_indicators");
        builder.Property(g => g.Weight).HasPrecision(9, 4);
        builder.HasOne<Goal>().WithMany().HasForeignKey(g => g.GoalId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_goal_indicators_goal");
        builder.HasOne<Indicator>().WithMany().HasForeignKey(g => g.IndicatorId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_goal_indicators_indicator");
        builder.HasIndex(g => g.IndicatorId).HasDatabaseName("ix_goal_indicators_indicator_id");
    }
}

internal sealed class GoalAssessmentConfiguration : IEntityTypeConfiguration<GoalAssessment>
{
    public void Configure(EntityTypeBuilder<GoalAssessment> builder)
    {
        builder.ToTable("goal_assessments");
        builder.HasKey(a => a.Id).HasName("pk_goal_assessments");
        builder.Ignore(a => a.Period);
        builder.Property(a => a.PeriodKind).HasConversion<int>();
        builder.Property(a => a.Colour).HasConversion<int?>();
        builder.Property(a => a.Fulfilment).HasConversion<int?>();
        builder.Property(a => a.ProposedColour).HasConversion<int?>();
        builder.Property(a => a.ProposalRule).HasConversion<int?>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Goal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_goal_assessments_goal");
        builder.HasIndex(a => new { a.GoalId, a.Year, a.PeriodKind, a.StartMonth, a.EndMonth }).IsUnique().HasDatabaseName("ux_goal_assessments_goal_period");
        builder.HasIndex(a => new { a.OrgUnitId, a.Year }).HasDatabaseName("ix_goal_assessments_org_unit_year");
        // A unit's coloured months, latest last: its latest month is one step, a month's colours one range (Läget, heat maps).
        builder.HasIndex(a => new { a.OrgUnitId, a.PeriodKind, a.Year, a.StartMonth, a.Colour }).HasFilter("\"Colour\" IS NOT NULL").HasDatabaseName("ix_goal_assessments_unit_coloured");
    }
}
