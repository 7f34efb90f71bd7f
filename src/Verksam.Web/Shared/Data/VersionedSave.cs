using Microsoft.EntityFrameworkCore;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Shared.Data;

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
    }
}
