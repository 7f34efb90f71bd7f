using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;
using Verksam.Web.Shared.Links;

namespace Verksam.IntegrationTests.Features.Register;

/// <summary>The register's counts over time per kind, tertial and unit below, for a unit or a level above (issue 19).</summary>
public abstract class RegisterStatisticsTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string Secret = "HEMLIG-BESKRIVNING";

    private sealed record Tree(OrgUnit Municipality, OrgUnit Board, OrgUnit Hemtjanst, OrgUnit Boende, OrgUnit Elsewhere);

    /// <summary>
    /// Testkommun → Socialnämnden (a beröm of its own) → Hemtjänst (klagomål T1 and T2, avvikelse T3, Lex Sarah T1 notified
    /// to IVO, and matters of 2022 and 2025) and Boende (synpunkt T2 2024, klagomål T1 2023); Annan kommun's unit has a klagomål.
    /// </summary>
    private async Task<Tree> SeedAsync()
    {
        var municipality = await Data.CreateUnitAsync("Testkommun");
        var board = await Data.CreateUnitAsync("Socialnämnden", OrgUnitKind.Board, municipality);
        var hemtjanst = await Data.CreateUnitAsync("Hemtjänst", OrgUnitKind.Unit, board);
        var boende = await Data.CreateUnitAsync("Boende", OrgUnitKind.Unit, board);
        var other = await Data.CreateUnitAsync("Annan kommun");
        var elsewhere = await Data.CreateUnitAsync("Annan hemtjänst", OrgUnitKind.Unit, other);
        await WithDbAsync(async db =>
        {
            Matter[] matters =
            [
                New(board.Id, MatterKind.Praise, new(2024, 9, 9)),
                New(hemtjanst.Id, MatterKind.Complaint, new(2024, 2, 10)),
                New(hemtjanst.Id, MatterKind.Complaint, new(2024, 6, 1)),
                New(hemtjanst.Id, MatterKind.Deviation, new(2024, 10, 5)),
                New(hemtjanst.Id, MatterKind.LexSarah, new(2024, 3, 1), m => { m.Decision = SeriousnessDecision.Serious; m.DecidedOn = new(2024, 3, 5); m.IvoNotifiedOn = new(2024, 3, 8); }),
                New(hemtjanst.Id, MatterKind.LexSarah, new(2024, 4, 1), m => { m.Decision = SeriousnessDecision.NotSerious; m.DecidedOn = new(2024, 4, 5); }),
                New(hemtjanst.Id, MatterKind.Complaint, new(2022, 12, 31)),
                New(hemtjanst.Id, MatterKind.Complaint, new(2025, 1, 1)),
                New(boende.Id, MatterKind.Feedback, new(2024, 5, 5)),
                New(boende.Id, MatterKind.Complaint, new(2023, 1, 15)),
                New(elsewhere.Id, MatterKind.Complaint, new(2024, 2, 2)),
            ];
            Matter.NumberInOrder(matters);
            db.Matters.AddRange(matters);
            await db.SaveChangesAsync();
        });
        return new Tree(municipality, board, hemtjanst, boende, elsewhere);
    }

    private static Matter New(Guid unitId, MatterKind kind, DateOnly received, Action<Matter>? fill = null)
    {
        var matter = new Matter { Id = Guid.NewGuid(), OrgUnitId = unitId, Kind = kind, ReceivedOn = received, Description = $"{Secret} {kind} {received:yyyyMMdd}", Version = Guid.NewGuid() };
        fill?.Invoke(matter);
        return matter;
    }

    /// <summary>A table's body rows as "heading|cell|cell…", the text of each cell.</summary>
    private static List<string> Rows(WebSession.PageResult page, string captionId) =>
        page.Document.QuerySelector($"caption#{captionId}")!.ParentElement!.QuerySelectorAll("tbody tr, tfoot tr")
            .Select(tr => string.Join("|", tr.Children.Select(c => WebSession.Squash(c.TextContent)))).ToList();

    private async Task<WebSession> UserAsync(string name, OrgUnit unit, AccessLevel level)
    {
        await Data.CreateUserAsync(name, false, (unit, level));
        return await LoginAsync(name);
    }

    [Fact]
    public async Task Statistics_OfABoard_CountsPerKindTertialAndUnit()
    {
        var tree = await SeedAsync();
        var reader = await UserAsync("lasare.namnd", tree.Board, AccessLevel.Read);

        var page = await reader.GetAsync(Link.RegisterStatistics(tree.Board.Id, 2024));

        page.Status.ShouldBe(HttpStatusCode.OK);
        var headings = page.Document.QuerySelector("caption#tertial-caption")!.ParentElement!.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        headings.ShouldBe(["Tertial", "Synpunkt", "Klagomål", "Beröm", "Avvikelse", "Lex Sarah", "Totalt", "Lex Sarah, anmälda till IVO"]);
        Rows(page, "tertial-caption").ShouldBe(
        [
            "T1 2023|0|1|0|0|0|1|0",
            "T2 2023|0|0|0|0|0|0|0",
            "T3 2023|0|0|0|0|0|0|0",
            "Hela 2023|0|1|0|0|0|1|0",
            "T1 2024|0|1|0|0|2|3|1",
            "T2 2024|1|1|0|0|0|2|0",
            "T3 2024|0|0|1|1|0|2|0",
            "Hela 2024|1|2|1|1|2|7|1",
        ]);
        Rows(page, "unit-caption").ShouldBe(
        [
            "Socialnämnden (egna ärenden)|0|0|1|0|0|1",
            "Boende|1|0|0|0|0|1",
            "Hemtjänst|0|2|0|1|2|5",
            "Totalt|1|2|1|1|2|7",
        ]);
        page.Document.QuerySelector("figure.register-chart svg[role=img] title")!.TextContent.ShouldBe("Antal ärenden per tertial och slag 2023 och 2024");
    }

    [Fact]
    public async Task Statistics_ForAReader_ShowNoMatterTextAndNoLinkToMatters()
    {
        var tree = await SeedAsync();
        var reader = await UserAsync("lasare.namnd", tree.Board, AccessLevel.Read);

        var page = await reader.GetAsync(Link.RegisterStatistics(tree.Board.Id, 2024));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Body.ShouldNotContain(Secret);
        page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Where(h => h.Contains("/arenden?", StringComparison.Ordinal) || h.EndsWith("/arenden", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Statistics_ForTheRegistersManager_LinkCountsToTheMattersFiltered()
    {
        var tree = await SeedAsync();
        var manager = await UserAsync("chef.namnd", tree.Board, AccessLevel.Edit);

        var page = await manager.GetAsync(Link.RegisterStatistics(tree.Board.Id, 2024));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Body.ShouldNotContain(Secret);
        var hrefs = page.Document.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")).ToList();
        hrefs.ShouldContain(Link.Matters(tree.Board.Id, 2024, nameof(MatterKind.LexSarah), tertial: 1));
        hrefs.ShouldContain(Link.Matters(tree.Hemtjanst.Id, 2024, nameof(MatterKind.Complaint)));
        hrefs.ShouldContain(Link.RegisterStatistics(tree.Hemtjanst.Id, 2024));

        // The filtered list the T1 link leads to holds the two Lex Sarah reports of January–April only.
        var list = await manager.GetAsync(Link.Matters(tree.Board.Id, 2024, nameof(MatterKind.LexSarah), tertial: 1));
        list.Document.QuerySelectorAll("#matters-caption ~ tbody tr").Length.ShouldBe(2);
        var t3 = await manager.GetAsync(Link.Matters(tree.Board.Id, 2024, nameof(MatterKind.Complaint), tertial: 3));
        t3.Document.QuerySelectorAll("#matters-caption ~ tbody tr").Length.ShouldBe(0);
    }

    [Fact]
    public async Task Statistics_OfAUnit_LeaveOutTheUnitsTheUserMayNotRead()
    {
        var tree = await SeedAsync();
        var reader = await UserAsync("lasare.boende", tree.Boende, AccessLevel.Read);

        var own = await reader.GetAsync(Link.RegisterStatistics(tree.Boende.Id, 2024));
        var above = await reader.GetAsync(Link.RegisterStatistics(tree.Board.Id, 2024));

        own.Status.ShouldBe(HttpStatusCode.OK);
        Rows(own, "tertial-caption").ShouldContain("Hela 2024|1|0|0|0|0|1|0");
        Rows(own, "tertial-caption").ShouldContain("Hela 2023|0|1|0|0|0|1|0");
        above.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Statistics_ForAnotherMunicipalitysUser_AreNotFound()
    {
        var tree = await SeedAsync();
        var stranger = await UserAsync("chef.annan", tree.Elsewhere, AccessLevel.Edit);

        var page = await stranger.GetAsync(Link.RegisterStatistics(tree.Board.Id, 2024));

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Body.ShouldNotContain("Hemtjänst");
    }

    [Fact]
    public async Task Statistics_TakeAsManyStatements_At10MattersAndUnitsAsAt1000()
    {
        var small = await ManyAsync("Tioby", 10);
        var large = await ManyAsync("Tusenby", 1000);

        var (atTen, tenTotal) = await CountStatementsAsync(small);
        var (atThousand, thousandTotal) = await CountStatementsAsync(large);

        tenTotal.ShouldBe(10);
        thousandTotal.ShouldBe(1000);
        atTen.ShouldBeGreaterThan(0);
        atThousand.ShouldBe(atTen);
    }

    /// <summary>A board with <paramref name="count"/> units in two departments, one matter each, spread over the year's months and kinds.</summary>
    private async Task<Guid> ManyAsync(string prefix, int count)
    {
        var municipality = OrgUnit.CreateRoot(Guid.NewGuid(), prefix + " kommun");
        var board = OrgUnit.CreateChild(Guid.NewGuid(), prefix + " socialnämnd", OrgUnitKind.Board, municipality);
        var a = OrgUnit.CreateChild(Guid.NewGuid(), "Avdelning A", OrgUnitKind.Department, board);
        var b = OrgUnit.CreateChild(Guid.NewGuid(), "Avdelning B", OrgUnitKind.Department, board);
        var list = Enumerable.Range(0, count).Select(i => OrgUnit.CreateChild(Guid.NewGuid(), $"Enhet {i:D4}", OrgUnitKind.Unit, i % 2 == 0 ? a : b)).ToList();
        var kinds = Enum.GetValues<MatterKind>();
        var matters = list.Select((u, i) => New(u.Id, kinds[i % kinds.Length], new DateOnly(2024, (i % 12) + 1, 1))).ToList();
        Matter.NumberInOrder(matters);
        await WithDbAsync(async db =>
        {
            db.OrgUnits.AddRange([municipality, board, a, b, .. list]);
            db.Matters.AddRange(matters);
            await db.SaveChangesAsync();
        });
        return board.Id;
    }

    private async Task<(int Statements, int Total)> CountStatementsAsync(Guid board)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessService>().UseSystemAccess();
        var statistics = scope.ServiceProvider.GetRequiredService<RegisterStatisticsService>();
        using var counter = new StatementCounter();
        var view = await statistics.GetAsync(board, 2024);
        return (counter.Count, view.TotalOf(2024));
    }

    /// <summary>Counts the SQL statements EF Core sends from this async flow only, so that tests running beside it do not count.</summary>
    private sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly AsyncLocal<StatementCounter?> Current = new();
        private readonly IDisposable _all;
        private readonly List<IDisposable> _listeners = [];
        private int _count;

        public StatementCounter()
        {
            Current.Value = this;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => _count;

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && Current.Value == this)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            Current.Value = null;
            _all.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}

public sealed class RegisterStatisticsTests_Sqlite(SqliteFixture fixture) : RegisterStatisticsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RegisterStatisticsTests_PostgreSql(PostgresFixture fixture) : RegisterStatisticsTests(fixture), IClassFixture<PostgresFixture>;
