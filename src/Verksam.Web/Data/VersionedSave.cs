using Microsoft.EntityFrameworkCore;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Data;

/// <summary>The one way a save based on an old version is refused: the version the form was opened with must still be the stored one.</summary>
public static class VersionedSave
{
    /// <summary>Refuses now when the stored row has moved on; otherwise lets the database refuse a change made meanwhile.</summary>
    public static void Expect<T>(this VerksamDbContext db, T entity, Guid? version)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        if (version is not { } v)
        {
            return;
        }

        if (entity.Version != v)
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = v;
    }

    /// <summary>
    /// Saves, refusing with the same message when the row changed meanwhile or when someone else created the same
    /// row first (two people saving the first text of a period at once): the later save then breaks a unique key.
    /// </summary>
    public static async Task SaveOrRefuseAsync(this VerksamDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }
    }

    /// <summary>Whether the save broke a unique key or the primary key, on either database.</summary>
    public static bool IsUniqueViolation(this DbUpdateException ex) => ex?.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
