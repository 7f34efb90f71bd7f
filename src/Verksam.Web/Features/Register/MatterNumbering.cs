using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;

namespace Verksam.Web.Features.Register;

/// <summary>
/// Stores a new matter with the next number in its unit and year, however many are recorded at the same moment and
/// on however many app instances. The number is read and the matter inserted in one transaction that holds the
/// unit's numbering: on PostgreSQL an advisory lock on the unit and year, on SQLite the database's one write lock
/// (Microsoft.Data.Sqlite begins its transactions IMMEDIATE). Should a writer that holds neither take the number
/// first, the insert breaks the unique index and is tried again with the next number.
/// </summary>
internal static class MatterNumbering
{
    public const int Attempts = 5;

    /// <summary>
    /// Stores <paramref name="matter"/> and gives it its number; or, when a matter with its id is stored already (the
    /// same form sent again), stores nothing and returns that one. Null when every attempt lost its number to a writer
    /// outside the lock; nothing is stored then.
    /// </summary>
    public static async Task<Matter?> AddAsync(VerksamDbContext db, Matter matter, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                return await strategy.ExecuteAsync(async ct =>
                {
                    Forget(db);
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    await HoldNumberingAsync(db, matter.OrgUnitId, matter.NumberYear, ct);
                    var stored = await db.Matters.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matter.Id, ct);
                    if (stored is not null)
                    {
                        return stored;
                    }

                    matter.Number = 1 + (await db.Matters.Where(m => m.OrgUnitId == matter.OrgUnitId && m.NumberYear == matter.NumberYear)
                        .MaxAsync(m => (int?)m.Number, ct) ?? 0);
                    db.Matters.Add(matter);
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                    return matter;
                }, cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // The number was taken (or the id, by the same form sent at once with another year): the next
                // attempt reads the numbers, and the stored ids, again.
            }
        }

        Forget(db);
        return null;
    }

    /// <summary>A failed attempt leaves the matter and its audit event added in the change tracker; a new matter is saved on its own, so all that was added goes.</summary>
    private static void Forget(VerksamDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static async Task HoldNumberingAsync(VerksamDbContext db, Guid unitId, int year, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        // Released when the transaction ends.
        var key = LockKey(unitId);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key}, {year})", cancellationToken);
    }

    /// <summary>The unit's id folded to the lock's 32 bits; two units whose keys meet only wait for each other.</summary>
    private static int LockKey(Guid unitId)
    {
        Span<byte> bytes = stackalloc byte[16];
        unitId.TryWriteBytes(bytes);
        return BinaryPrimitives.ReadInt32LittleEndian(bytes) ^ BinaryPrimitives.ReadInt32LittleEndian(bytes[4..])
            ^ BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]) ^ BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
    }
}
