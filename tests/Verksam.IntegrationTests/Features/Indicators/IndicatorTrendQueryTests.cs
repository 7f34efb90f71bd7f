using System.Data.Common;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Indicators;

/// <summary>The trend page asks the database a fixed number of times, however many years the trend spans and however many units lie below.</summary>
public abstract class IndicatorTrendQueryTests(AppFixture fixture) : IntegrationTest(fixture), IAsyncLifetime
{
    private const string Name = "Sjukfrånvaro";

    private readonly StatementCounter _counter = new();

    private WebApplicationFactory<Program>? _app;

    private WebApplicationFactory<Program> App => _app ??= Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<VerksamDbContext>(o => o.AddInterceptors(_counter))));

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<Indicator> IndicatorAsync(OrgUnit unit, int year, Indicator? copiedFrom = null)
    {
        var indicator = await Data.CreateIndicatorAsync(unit, Name, "G: 0-5 % A: 6-8 % R: 9-100 %", year, annualTarget: 5);
        await WithDbAsync(async db =>
        {
            var stored = await db.Indicators.FirstAsync(i => i.Id == indicator.Id);
            stored.CopiedFromId = copiedFrom?.Id;
            for (var month = 1; month <= 12; month++)
            {
                db.Outcomes.Add(new Outcome { Id = Guid.NewGuid(), IndicatorId = indicator.Id, OrgUnitId = unit.Id, Period = Period.Month(year, month), Value = month, Version = Guid.NewGuid() });
            }

            await db.SaveChangesAsync();
        });
        return indicator;
    }

    private async Task<int> StatementsAsync(WebSession session, string path)
    {
        _counter.Reset();
        (await session.GetAsync(path)).Status.ShouldBe(System.Net.HttpStatusCode.OK, path);
        return _counter.Count;
    }

    [Fact]
    public async Task TrendPage_TenYearsAndTwelveUnitsBelow_AskAsOftenAsOneYearAndOneUnit()
    {
        var board = await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, await Data.CreateUnitAsync("Tyresö kommun"));
        var lss = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, board);
        var boardIndicator = await IndicatorAsync(board, 2023);
        var oldest = await IndicatorAsync(lss, 2023);
        await Data.CreateUserAsync("fc", grants: (board, AccessLevel.Approve));
        var session = new WebSession(App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await session.LoginAsync("fc");
        var years = $"/indikatorer/{oldest.Id}/trend?visa=ar";
        var below = $"/indikatorer/{boardIndicator.Id}/trend";
        var (oneYear, oneUnit) = (await StatementsAsync(session, years), await StatementsAsync(session, below));

        // Nine more years of the LSS indicator (each a copy of the year before, or the same name) and eleven more units below.
        var previous = await IndicatorAsync(lss, 2014);
        for (var year = 2015; year <= 2022; year++)
        {
            previous = await IndicatorAsync(lss, year, year % 2 == 0 ? previous : null);
        }

        await WithDbAsync(async db =>
        {
            var latest = await db.Indicators.FirstAsync(i => i.Id == oldest.Id);
            latest.CopiedFromId = previous.Id;
            await db.SaveChangesAsync();
        });
        for (var n = 1; n <= 11; n++)
        {
            await IndicatorAsync(await Data.CreateUnitAsync($"Enhet {n}", OrgUnitKind.Unit, board), 2023);
        }

        var tenYears = await session.GetAsync(years);
        tenYears.Document.QuerySelectorAll("figure.trend-figure--large tbody tr").Length.ShouldBe(10);
        (await session.GetAsync(below)).Document.QuerySelectorAll(".trend-grid > li").Length.ShouldBe(12);
        (await StatementsAsync(session, years)).ShouldBe(oneYear);
        (await StatementsAsync(session, below)).ShouldBe(oneUnit);
    }

    private sealed class StatementCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}

public sealed class IndicatorTrendQueryTests_Sqlite(SqliteFixture fixture) : IndicatorTrendQueryTests(fixture), IClassFixture<SqliteFixture>;

public sealed class IndicatorTrendQueryTests_PostgreSql(PostgresFixture fixture) : IndicatorTrendQueryTests(fixture), IClassFixture<PostgresFixture>;
