using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Data;

public sealed class VerksamDbContext(DbContextOptions<VerksamDbContext> options, IAuditActor actor, TimeProvider time)
    : IdentityUserContext<VerksamUser>(options), IDataProtectionKeyContext
{
    /// <summary>Identity's columns that must never reach the audit log.</summary>
    private static readonly HashSet<string> SecretProperties =
    [
        nameof(VerksamUser.PasswordHash), nameof(VerksamUser.SecurityStamp), nameof(VerksamUser.ConcurrencyStamp),
    ];

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Outcome> Outcomes => Set<Outcome>();

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<GoalIndicator> GoalIndicators => Set<GoalIndicator>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Features.Plans.OperationalPlan> OperationalPlans => Set<Features.Plans.OperationalPlan>();

    public DbSet<Features.Plans.PlanSectionText> PlanSectionTexts => Set<Features.Plans.PlanSectionText>();

    public DbSet<Features.Plans.ReportTemplate> ReportTemplates => Set<Features.Plans.ReportTemplate>();

    public DbSet<Features.Plans.ReportTemplateSection> ReportTemplateSections => Set<Features.Plans.ReportTemplateSection>();

    public DbSet<GoalAssessment> GoalAssessments => Set<GoalAssessment>();

    public DbSet<MunicipalitySettings> MunicipalitySettings => Set<MunicipalitySettings>();

    public DbSet<Features.FollowUp.FollowUpReport> FollowUpReports => Set<Features.FollowUp.FollowUpReport>();

    public DbSet<Features.FollowUp.FollowUpText> FollowUpTexts => Set<Features.FollowUp.FollowUpText>();

    public DbSet<Features.Risks.Risk> Risks => Set<Features.Risks.Risk>();

    public DbSet<Features.Risks.RiskScore> RiskScores => Set<Features.Risks.RiskScore>();

    public DbSet<Features.Risks.RiskFollowUp> RiskFollowUps => Set<Features.Risks.RiskFollowUp>();

    public DbSet<Features.Risks.QualityAction> QualityActions => Set<Features.Risks.QualityAction>();

    public DbSet<Features.Processes.QualityProcess> QualityProcesses => Set<Features.Processes.QualityProcess>();

    public DbSet<Features.Processes.ProcessIndicator> ProcessIndicators => Set<Features.Processes.ProcessIndicator>();

    public DbSet<Features.Controls.SelfMonitoring> SelfMonitorings => Set<Features.Controls.SelfMonitoring>();

    public DbSet<Features.Controls.SelfMonitoringResult> SelfMonitoringResults => Set<Features.Controls.SelfMonitoringResult>();

    public DbSet<Features.AnnualWheel.WheelActivity> WheelActivities => Set<Features.AnnualWheel.WheelActivity>();

    public DbSet<Features.Assignments.Assignment> Assignments => Set<Features.Assignments.Assignment>();

    public DbSet<Features.Assignments.AssignmentGoal> AssignmentGoals => Set<Features.Assignments.AssignmentGoal>();

    public DbSet<Features.Register.Matter> Matters => Set<Features.Register.Matter>();

    public DbSet<Features.Register.RegisterSettings> RegisterSettings => Set<Features.Register.RegisterSettings>();

    public DbSet<Features.Register.RegisterSummary> RegisterSummaries => Set<Features.Register.RegisterSummary>();

    public DbSet<Features.Accounts.LoginThrottle> LoginThrottles => Set<Features.Accounts.LoginThrottle>();

    /// <summary>The key ring every app instance shares (<see cref="Operations.Keys.DataProtectionKeys"/>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Features.Notifications.Notification> Notifications => Set<Features.Notifications.Notification>();

    public DbSet<Features.Notifications.NotificationPreference> NotificationPreferences => Set<Features.Notifications.NotificationPreference>();

    public DbSet<Features.Notifications.MailLogEntry> MailLog => Set<Features.Notifications.MailLogEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Adds an audit event for something that is not a change of an entity (a denial, a read of a sensitive record).</summary>
    public void AddAuditNote(AuditAction action, string entityType, string entityId, Guid? orgUnitId, object? details = null)
    {
        AuditEvents.Add(new AuditEvent
        {
            Id = Guid.NewGuid(),
            OccurredAt = time.GetUtcNow().UtcDateTime,
            ActorId = actor.UserId,
            ActorName = Truncate(actor.Name, AuditEvent.ActorMaxLength),
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            OrgUnitId = orgUnitId,
            Changes = details is null ? "{}" : JsonSerializer.Serialize(details),
        });
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VerksamDbContext).Assembly);
        IdentityModel.Configure(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every stored instant is UTC; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        var now = time.GetUtcNow().UtcDateTime;
        var events = new List<AuditEvent>();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Modified && entry.Entity is IVersioned versioned)
            {
                versioned.Version = Guid.NewGuid();
            }

            if (entry.Entity is IAudited audited && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var changes = DescribeChanges(entry);
                if (entry.State == EntityState.Modified && changes.Count == 0)
                {
                    continue;
                }

                events.Add(new AuditEvent
                {
                    Id = Guid.NewGuid(),
                    OccurredAt = now,
                    ActorId = actor.UserId,
                    ActorName = Truncate(actor.Name, AuditEvent.ActorMaxLength),
                    Action = entry.State switch
                    {
                        EntityState.Added => AuditAction.Created,
                        EntityState.Deleted => AuditAction.Deleted,
                        _ => AuditAction.Updated,
                    },
                    EntityType = entry.Metadata.ClrType.Name,
                    EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
                    OrgUnitId = audited.AuditOrgUnitId,
                    Changes = JsonSerializer.Serialize(changes),
                });
            }
        }

        AuditEvents.AddRange(events);
    }

    private static Dictionary<string, AuditChange> DescribeChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, AuditChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (SecretProperties.Contains(name) || name == nameof(IVersioned.Version))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && Equals(before, after))
            {
                continue;
            }

            changes[name] = IsFreeText(entry, property.Metadata)
                ? new AuditChange(before is null ? null : SensitiveTextAttribute.Placeholder, after is null ? null : SensitiveTextAttribute.Placeholder)
                : new AuditChange(AuditText(before), AuditText(after));
        }

        return changes;
    }

    /// <summary>
    /// Whether the log records only that the property changed: every text property is a free text unless it is marked
    /// <see cref="AuditValueAttribute"/>; a user account's columns (names and addresses of staff, set by an
    /// administrator) are values; a <see cref="SensitiveTextAttribute"/> text never is.
    /// </summary>
    private static bool IsFreeText(EntityEntry entry, Microsoft.EntityFrameworkCore.Metadata.IProperty property)
    {
        var info = property.PropertyInfo;
        if (info?.IsDefined(typeof(SensitiveTextAttribute), false) == true)
        {
            return true;
        }

        return property.ClrType == typeof(string) && entry.Entity is not VerksamUser && info?.IsDefined(typeof(AuditValueAttribute), false) != true;
    }

    /// <summary>A value as the log keeps it: numbers without trailing zeros and culture, instants in ISO 8601, structures as JSON.</summary>
    private static string? AuditText(object? value) => value switch
    {
        null => null,
        string s => s,
        decimal d => d.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        Domain.Scales.Scale scale => Domain.Scales.ScaleFormatter.Format(scale),
        _ => JsonSerializer.Serialize(value),
    };

    internal static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    private sealed class UtcDateTimeConverter()
        : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
            v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
            v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed record AuditChange(string? Before, string? After);

/// <summary>Who is making the changes in this scope: the signed-in user, or the system.</summary>
public interface IAuditActor
{
    string? UserId { get; }

    string Name { get; }
}

/// <summary>Explicit table and index names and lengths for Identity's tables, so both providers agree.</summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<VerksamUser>(b =>
        {
            b.ToTable("users");
            b.Property(u => u.Id).HasMaxLength(VerksamUser.IdMaxLength);
            b.Property(u => u.UserName).HasMaxLength(VerksamUser.UserNameMaxLength);
            b.Property(u => u.NormalizedUserName).HasMaxLength(VerksamUser.UserNameMaxLength);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.DisplayName).HasMaxLength(VerksamUser.DisplayNameMaxLength).IsRequired();
            b.Property(u => u.PasswordHash).HasMaxLength(1000);
            b.Property(u => u.SecurityStamp).HasMaxLength(100);
            b.Property(u => u.ConcurrencyStamp).HasMaxLength(100);
            b.Property(u => u.PhoneNumber).HasMaxLength(50);
        });
        builder.Entity<AccessGrant>(b =>
        {
            b.Property(g => g.UserId).HasMaxLength(VerksamUser.IdMaxLength).IsRequired();
            b.HasOne<VerksamUser>().WithMany().HasForeignKey(g => g.UserId)
                .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_access_grants_user");
        });
        builder.Entity<IdentityUserClaim<string>>(b =>
        {
            b.ToTable("user_claims");
            b.Property(c => c.ClaimType).HasMaxLength(256);
            b.Property(c => c.ClaimValue).HasMaxLength(1000);
        });
        builder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.ToTable("user_logins");
            b.Property(l => l.ProviderDisplayName).HasMaxLength(256);
        });
        builder.Entity<IdentityUserToken<string>>(b =>
        {
            b.ToTable("user_tokens");
            b.Property(t => t.Value).HasMaxLength(1000);
        });
    }
}
