using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verksam.Web.Features.Accounts;

/// <summary>
/// Failed logins for one user name from one client address. After a few, that pair must wait, longer after each
/// further failure; the same account from another address is not held up, so nobody can lock an administrator out
/// from afar. Kept in the database, so every instance of the app sees the same count.
/// </summary>
public sealed class LoginThrottle
{
    public const int KeyMaxLength = 400;

    /// <summary>The normalised user name and the client address, "ANNA|192.0.2.10".</summary>
    public string Key { get; set; } = string.Empty;

    public int Failures { get; set; }

    public DateTime LastFailureAt { get; set; }

    /// <summary>Until when this pair's attempts are refused without trying the password.</summary>
    public DateTime? WaitUntil { get; set; }
}

internal sealed class LoginThrottleConfiguration : IEntityTypeConfiguration<LoginThrottle>
{
    public void Configure(EntityTypeBuilder<LoginThrottle> builder)
    {
        builder.ToTable("login_throttles");
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(LoginThrottle.KeyMaxLength);
        builder.HasIndex(t => t.LastFailureAt).HasDatabaseName("ix_login_throttles_last_failure");
    }
}
