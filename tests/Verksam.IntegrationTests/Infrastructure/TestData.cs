using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.Web.Features.Access;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Data;

namespace Verksam.IntegrationTests.Infrastructure;

/// <summary>Explicit builders for what a test needs, written straight to the database as the system.</summary>
public sealed class TestData(VerksamAppFactory factory)
{
    public const string Password = "ett-langt-testlosenord";

    public async Task<OrgUnit> CreateUnitAsync(string name, OrgUnitKind kind = OrgUnitKind.Municipality, OrgUnit? parent = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var unit = parent is null ? OrgUnit.CreateRoot(Guid.NewGuid(), name) : OrgUnit.CreateChild(Guid.NewGuid(), name, kind, parent);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    }

    public async Task<VerksamUser> CreateUserAsync(string userName, bool isAdministrator = false, params (OrgUnit Unit, AccessLevel Level)[] grants)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VerksamUser>>();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var user = new VerksamUser { UserName = userName, DisplayName = "Testperson " + userName, IsAdministrator = isAdministrator, LockoutEnabled = true };
        var result = await users.CreateAsync(user, Password);
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Description)));
        foreach (var (unit, level) in grants)
        {
            db.AccessGrants.Add(AccessGrant.Create(user.Id, unit.Id, level, DateTime.UtcNow));
        }

        await db.SaveChangesAsync();
        return user;
    }

    public async Task<OrgUnit> FindUnitAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        return await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    public async Task<List<OrgUnit>> AllUnitsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        return await db.OrgUnits.AsNoTracking().ToListAsync();
    }

    public async Task<List<AuditEvent>> AuditEventsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        return await db.AuditEvents.AsNoTracking().OrderBy(e => e.OccurredAt).ToListAsync();
    }

    public async Task<int> AuditCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().AuditEvents.CountAsync();
    }
}
