using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Data;

namespace Verksam.Web.Operations.Keys;

/// <summary>
/// The keys that sign the login cookie and the antiforgery tokens, kept in the database rather than a folder of one
/// server: every app instance on the same database reads the same key ring, so a user logged in on one continues on
/// another and a form opened on one posts on another. Not audited: a key is the system's, not a user's change.
/// </summary>
public static class DataProtectionKeys
{
    /// <summary>The folder the keys were kept in before they moved to the database, beside the data.</summary>
    public static string LegacyFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.Combine(Path.GetFullPath(configuration["Database:DataDirectory"] ?? "data", environment.ContentRootPath), "keys");

    /// <summary>
    /// Copies the keys of the folder into an empty key table, once, so that an upgraded installation keeps its users
    /// logged in. The table decides: keys made after the move are never mixed with the folder's.
    /// </summary>
    public static async Task ImportLegacyAsync(VerksamDbContext db, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = await File.ReadAllTextAsync(file, cancellationToken) });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id).HasName("pk_data_protection_keys");
    }
}
