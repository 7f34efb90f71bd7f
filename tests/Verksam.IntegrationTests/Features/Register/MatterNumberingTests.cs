using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;

namespace Verksam.IntegrationTests.Features.Register;

/// <summary>
/// A writer that does not hold the unit's numbering (an older app version, a script) takes the number between the
/// read and the insert: the matter is stored all the same, with the next number. PostgreSQL only: on SQLite the
/// numbering holds the database's one write lock, so no writer can come between.
/// </summary>
public sealed class MatterNumberingTests_PostgreSql(PostgresFixture fixture) : IntegrationTest(fixture), IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task ANumberTakenOutsideTheLockJustBeforeTheInsert_IsTriedAgainWithTheNextNumber()
    {
        var unit = await Data.CreateUnitAsync("Registerkommunen");
        await Data.CreateUserAsync("registrator", grants: (unit, AccessLevel.Edit));
        var outsider = new OutsideWriter(Factory, unit.Id);
        await using var app = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<VerksamDbContext>(o => o.AddInterceptors(outsider))));
        var session = new WebSession(app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await session.LoginAsync("registrator");

        var recorded = await session.SubmitAsync($"/organisation/{unit.Id}/arenden/registrera", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Praise",
            ["Input.ReceivedOn"] = "2025-03-10",
            ["Input.Description"] = "Beröm för ett gott bemötande.",
        });

        outsider.Fired.ShouldBeTrue();
        recorded.Status.ShouldBe(HttpStatusCode.Redirect);
        var stored = await WithDbAsync(db => db.Matters.AsNoTracking().Where(m => m.OrgUnitId == unit.Id).OrderBy(m => m.Number).Select(m => new { m.Number, m.Description }).ToListAsync());
        stored.Select(m => (m.Number, m.Description)).ShouldBe([(1, "Taget utanför låset."), (2, "Beröm för ett gott bemötande.")]);
    }

    /// <summary>Just before the app's first insert of a matter, stores one with the same number from a connection of its own.</summary>
    private sealed class OutsideWriter(VerksamAppFactory factory, Guid unitId) : DbCommandInterceptor
    {
        private int _fired;

        public bool Fired => _fired == 1;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await TakeTheNumberAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await TakeTheNumberAsync(command);
            return result;
        }

        private async Task TakeTheNumberAsync(DbCommand command)
        {
            if (!command.CommandText.Contains("INSERT INTO matters", StringComparison.OrdinalIgnoreCase) || Interlocked.Exchange(ref _fired, 1) == 1)
            {
                return;
            }

            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            var last = await db.Matters.Where(m => m.OrgUnitId == unitId && m.NumberYear == 2025).MaxAsync(m => (int?)m.Number) ?? 0;
            db.Matters.Add(new Matter { Id = Guid.NewGuid(), OrgUnitId = unitId, Kind = MatterKind.Praise, ReceivedOn = new DateOnly(2025, 3, 1), NumberYear = 2025, Number = last + 1, Description = "Taget utanför låset.", Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        }
    }
}
