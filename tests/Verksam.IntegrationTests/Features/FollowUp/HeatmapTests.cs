using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.FollowUp;

/// <summary>The overview as a heat map: units × goals for a month, units × months for a goal (issue 19).</summary>
public abstract class HeatmapTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly Rag[] Pattern = [Rag.Green, Rag.Yellow, Rag.Red];

    private sealed record Tree(OrgUnit Municipality, OrgUnit Board, OrgUnit DepartmentA, OrgUnit DepartmentB, IReadOnlyList<OrgUnit> Units, IReadOnlyList<Goal> BoardGoals, IReadOnlyDictionary<(Guid Unit, Guid BoardGoal), Guid> UnitGoals);

    /// <summary>
    /// A municipality, a board with three goals (1.1, 1.2, 1.3 under one council goal, given in reverse sort order so that
    /// order is the numbers', not the rows'), two departments, and <paramref name="units"/> units each with its own goal
    /// under each board goal, coloured for September 2023 by <paramref name="colour"/> (null: not coloured).
    /// </summary>
    private async Task<Tree> TreeAsync(string prefix, int units, Func<int, int, Rag?> colour, int goals = 3)
    {
        var municipality = OrgUnit.CreateRoot(Guid.NewGuid(), prefix + " kommun");
        var board = OrgUnit.CreateChild(Guid.NewGuid(), prefix + " socialnämnd", OrgUnitKind.Board, municipality);
        var a = OrgUnit.CreateChild(Guid.NewGuid(), "Avdelning A", OrgUnitKind.Department, board);
        var b = OrgUnit.CreateChild(Guid.NewGuid(), "Avdelning B", OrgUnitKind.Department, board);
        var list = Enumerable.Range(0, units).Select(i => OrgUnit.CreateChild(Guid.NewGuid(), $"Enhet {i:D4}", OrgUnitKind.Unit, i % 2 == 0 ? a : b)).ToList();
        var council = NewGoal(municipality.Id, GoalLevel.CouncilDirection, null, "Ett stöd där behoven är störst", 1);
        var boardGoals = new[] { "Rättssäker handläggning", "Nöjda brukare", "Trygga medarbetare", "Goda boenden", "God ekonomisk hushållning", "Delaktiga brukare", "Kort väntetid", "Hållbar miljö" }
            .Take(goals).Select((t, i) => NewGoal(board.Id, GoalLevel.Board, council.Id, t, goals - i)).ToList();
        var unitGoals = new Dictionary<(Guid, Guid), Guid>();
        await WithDbAsync(async db =>
        {
            db.OrgUnits.AddRange([municipality, board, a, b, .. list]);
            db.Goals.Add(council);
            db.Goals.AddRange(boardGoals);
            for (var u = 0; u < list.Count; u++)
            {
                for (var g = 0; g < boardGoals.Count; g++)
                {
                    var own = NewGoal(list[u].Id, GoalLevel.Unit, boardGoals[g].Id, $"Enhetsmål {g}", g);
                    db.Goals.Add(own);
                    unitGoals[(list[u].Id, boardGoals[g].Id)] = own.Id;
                    if (colour(u, g) is { } c)
                    {
                        db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = own.Id, OrgUnitId = list[u].Id, Period = Period.Month(2023, 9), Colour = c, Version = Guid.NewGuid() });
                    }
                }

                db.FollowUpReports.Add(new FollowUpReport { Id = Guid.NewGuid(), OrgUnitId = list[u].Id, Period = Period.Month(2023, 9), Status = (ReportStatus)(u % 4 + 1), UpdatedAt = DateTime.UtcNow, Version = Guid.NewGuid() });
            }

            await db.SaveChangesAsync();
        });
        return new Tree(municipality, board, a, b, list, boardGoals, unitGoals);
    }

    private static Goal NewGoal(Guid owner, GoalLevel level, Guid? parent, string title, int order) => new()
    {
        Id = Guid.NewGuid(),
        OrgUnitId = owner,
        Year = 2023,
        Level = level,
        ParentId = parent,
        Title = title,
        SortOrder = order,
        Version = Guid.NewGuid(),
    };

    private static string Url(OrgUnit top, string query = "") => $"/organisation/{top.Id}/uppfoljning/oversikt?period=2023-09{query}";

    private static List<AngleSharp.Dom.IElement> Rows(WebSession.PageResult page) =>
        page.Document.QuerySelectorAll(".heatmap tbody tr").Where(tr => tr.QuerySelector("th[scope=row]") is not null).ToList();

    private static List<string> Cells(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td.hm-g, td.hm-y, td.hm-r, td.hm-n").Select(td => WebSession.Squash(td.TextContent)).ToList();

    [Fact]
    public async Task SmallTree_ShowsEachUnitsColoursInGoalNumberOrder_WithWordsAndStatus_AndLinksRedToTheExplanation()
    {
        var tree = await TreeAsync("Lillby", 3, (u, g) => u == 2 && g == 0 ? null : Pattern[(u + g) % 3]);
        await Data.CreateUserAsync("chef.lillby", false, (tree.Board, AccessLevel.Read));
        var session = await LoginAsync("chef.lillby");

        var page = await session.GetAsync(Url(tree.Board));

        page.Status.ShouldBe(HttpStatusCode.OK);
        // Columns in number order (1.1 is the goal with the lowest sort order: the last of the three made), neither in
        // the order they were made nor by title.
        var heads = page.Document.QuerySelectorAll(".heatmap thead th").Select(th => WebSession.Squash(th.TextContent)).ToList();
        heads.ShouldBe(["Enhet", "1.1Trygga medarbetare", "1.2Nöjda brukare", "1.3Rättssäker handläggning", "Rapport Sep", "Inte inskickade i tid"]);
        var rows = Rows(page);
        rows.Select(r => WebSession.Squash(r.QuerySelector("th")!.TextContent)).ShouldBe(["Enhet 0000", "Enhet 0002", "Enhet 0001"]);
        // Unit u gave board goal g the colour Pattern[(u + g) % 3]; the columns run g = 2, 1, 0.
        Cells(rows[0]).ShouldBe(["Röd", "Gul", "Grön"]);
        Cells(rows[1]).ShouldBe(["Gul", "Grön", "Ingen bedömning"]);
        Cells(rows[2]).ShouldBe(["Grön", "Röd", "Gul"]);
        rows[0].QuerySelectorAll("td.st")[0].TextContent.ShouldBe("Utkast");
        rows[2].QuerySelectorAll("td.st")[0].TextContent.ShouldBe("Inskickad");
        rows[1].QuerySelectorAll("td.st")[0].TextContent.ShouldBe("Godkänd");
        rows[0].QuerySelector("td.hm-g a").ShouldBeNull("a green cell needs no explanation");

        // The red cell leads to that unit's report for September, at its own goal under 1.1.
        var red = await session.GetAsync(rows[0].QuerySelector("td.hm-r a")!.GetAttribute("href")!);
        var goal = tree.UnitGoals[(tree.Units[0].Id, tree.BoardGoals[2].Id)];
        red.Status.ShouldBe(HttpStatusCode.Redirect);
        red.Location.ShouldBe($"/organisation/{tree.Units[0].Id}/uppfoljning/2023-09#goal-{goal}");
        var report = await session.GetAsync(red.Location!.Split('#')[0]);
        report.Document.GetElementById($"goal-{goal}").ShouldNotBeNull();

        // Every overdue period of 2023 is listed for each unit, not only the last.
        WebSession.Squash(rows[2].QuerySelector("td.hm-late")!.TextContent).ShouldBe("Jan–Aug, Okt–Dec, T1, T2, VB");
    }

    [Fact]
    public async Task TheOverviewsAddress_OpensOnTheLatestMonthWithColours_OrTheLatestYearWithReports()
    {
        var tyreso = await DemoAsync("godkannare.tyreso");
        var hagersten = await LoginAsync("godkannare.hagersten", Verksam.Web.Operations.Demo.DemoData.Password);

        var latest = await tyreso.GetAsync($"/organisation/{Verksam.Web.Operations.Demo.DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning/oversikt");
        var year = await tyreso.GetAsync($"/organisation/{Verksam.Web.Operations.Demo.DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning/oversikt?ar=2023");
        var tertialsOnly = await hagersten.GetAsync($"/organisation/{Verksam.Web.Operations.Demo.DemoData.HagerstenAlvsjo}/uppfoljning/oversikt");
        var december = await hagersten.GetAsync($"/organisation/{Verksam.Web.Operations.Demo.DemoData.HagerstenAlvsjo}/uppfoljning/oversikt?period=2024-12");

        WebSession.Squash(latest.Document.QuerySelector("h1")!.TextContent).ShouldContain("Läget september 2023");
        WebSession.Squash(year.Document.QuerySelector("h1")!.TextContent).ShouldContain("Läget september 2023");
        // A municipality that writes only tertial reports opens on its tertial map (TertialHeatmapTests); a month asked for is still shown.
        tertialsOnly.Status.ShouldBe(HttpStatusCode.Redirect);
        tertialsOnly.Location.ShouldBe($"/organisation/{Verksam.Web.Operations.Demo.DemoData.HagerstenAlvsjo}/uppfoljning/oversikt/tertial");
        WebSession.Squash(december.Document.QuerySelector("h1")!.TextContent).ShouldContain("Läget december 2024");
        december.Document.QuerySelectorAll("main a").ShouldContain(a => a.TextContent == "Visa per tertial");
        // Stockholm writes no monthly reports: its units' month is not "Inte påbörjad" but not written at all.
        var statuses = december.Document.QuerySelectorAll("tbody td.st").Select(td => WebSession.Squash(td.TextContent)).ToList();
        statuses.ShouldNotBeEmpty();
        statuses.ShouldAllBe(t => t == "Skrivs inte");
    }

    [Fact]
    public async Task OneGoal_ShowsTheUnitsMonthByMonth_FromTheColumnHead()
    {
        var tree = await TreeAsync("Månby", 2, (u, g) => Pattern[(u + g) % 3]);
        await WithDbAsync(async db =>
        {
            db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = tree.UnitGoals[(tree.Units[0].Id, tree.BoardGoals[0].Id)], OrgUnitId = tree.Units[0].Id, Period = Period.Month(2023, 3), Colour = Rag.Red, Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        });
        await Data.CreateUserAsync("chef.manby", false, (tree.Board, AccessLevel.Read));
        var session = await LoginAsync("chef.manby");
        var map = await session.GetAsync(Url(tree.Board));
        var head = map.Document.QuerySelectorAll(".heatmap thead th a").Single(x => x.TextContent.Contains("Rättssäker", StringComparison.Ordinal)).GetAttribute("href")!;

        var months = await session.GetAsync(head);

        months.Status.ShouldBe(HttpStatusCode.OK);
        var rows = Rows(months);
        var cells = Cells(rows[0]);
        cells.Count.ShouldBe(12);
        cells[2].ShouldBe("Röd");
        cells[8].ShouldBe("Grön");
        cells[0].ShouldBe("Ingen bedömning");
        (await session.GetAsync(rows[0].QuerySelectorAll("td.hm-r a")[0].GetAttribute("href")!)).Location
            .ShouldBe($"/organisation/{tree.Units[0].Id}/uppfoljning/2023-03#goal-{tree.UnitGoals[(tree.Units[0].Id, tree.BoardGoals[0].Id)]}");
    }

    [Fact]
    public async Task OnlyYellowAndRed_KeepsExactlyTheUnitsWithAYellowOrRedGoal()
    {
        // Units 0 and 3 are all green; 1 has a yellow, 2 a red, 4 none coloured.
        var tree = await TreeAsync("Filterby", 5, (u, g) => u switch { 1 when g == 1 => Rag.Yellow, 2 when g == 2 => Rag.Red, 4 => null, _ => Rag.Green });
        await Data.CreateUserAsync("chef.filterby", false, (tree.Board, AccessLevel.Read));
        var session = await LoginAsync("chef.filterby");

        var all = Rows(await session.GetAsync(Url(tree.Board)));
        var only = Rows(await session.GetAsync(Url(tree.Board, "&rodgul=true")));
        var underA = Rows(await session.GetAsync(Url(tree.Board, $"&rodgul=true&under={tree.DepartmentA.Id}")));

        all.Count.ShouldBe(5);
        only.Select(r => r.QuerySelector("th")!.TextContent).Order().ShouldBe(["Enhet 0001", "Enhet 0002"]);
        underA.Select(r => r.QuerySelector("th")!.TextContent).ShouldBe(["Enhet 0002"]);
    }

    [Fact]
    public async Task AUserOfAnotherMunicipality_SeesNoUnitColourOrCountOfTheFirst_WhateverTheFilter()
    {
        var first = await TreeAsync("Norrby", 4, (u, g) => Pattern[(u + g) % 3]);
        var other = await TreeAsync("Söderby", 1, (_, _) => Rag.Green);
        await Data.CreateUserAsync("chef.soderby", false, (other.Board, AccessLevel.Approve));
        var session = await LoginAsync("chef.soderby");

        var goal = first.UnitGoals.Values.First();
        (await session.GetAsync($"/forklaring/{goal:N}/2023-09")).Status.ShouldBe(HttpStatusCode.NotFound);
        foreach (var query in new[] { "", "&rodgul=true", $"&under={first.DepartmentA.Id}", $"&mal={first.BoardGoals[0].Id}", "&perspektiv=Medarbetare", "&sida=2" })
        {
            (await session.GetAsync(Url(first.Board, query))).Status.ShouldBe(HttpStatusCode.NotFound, query);
            (await session.GetAsync(Url(first.Municipality, query))).Status.ShouldBe(HttpStatusCode.NotFound, query);
            var own = await session.GetAsync(Url(other.Board, query));
            own.Status.ShouldBe(HttpStatusCode.OK, query);
            var text = own.Document.QuerySelector("main")!.TextContent;
            text.ShouldNotContain("Norrby", Case.Sensitive, query);
            foreach (var id in first.Units.Select(u => u.Id).Concat(first.BoardGoals.Select(g => g.Id)).Append(first.DepartmentA.Id))
            {
                own.Body.ShouldNotContain(id.ToString(), Case.Insensitive, query);
            }

            Rows(own).Count.ShouldBeLessThanOrEqualTo(1, query);
            own.Document.QuerySelectorAll(".hm-r, .hm-y").ShouldBeEmpty(query);
            own.Document.QuerySelector(".heatmap caption")?.TextContent.ShouldContain("(1 enhet)", Case.Sensitive, query);
            foreach (var late in own.Document.QuerySelectorAll(".overdue li"))
            {
                late.TextContent.ShouldContain(": 1 enhet ", Case.Sensitive, query);
            }
        }
    }

    [Fact]
    public async Task APageOf100Units_IsUnder100KilobytesOfHtml()
    {
        // Eight goals a unit, two thirds of them yellow or red (each a link), every unit late with every period.
        var tree = await TreeAsync("Storby", 120, (u, g) => Pattern[(u * 7 + g) % 3], goals: 8);
        await Data.CreateUserAsync("chef.storby", false, (tree.Board, AccessLevel.Read));
        var session = await LoginAsync("chef.storby");

        var page = await session.GetAsync(Url(tree.Board));

        Rows(page).Count.ShouldBe(100);
        System.Text.Encoding.UTF8.GetByteCount(page.Body).ShouldBeLessThan(100_000);
    }

    [Fact]
    public async Task TheHeatMap_IsSentCompressedOverHttps_ButAFormShownAgainWithWhatWasTypedIsNot()
    {
        var tree = await TreeAsync("Packby", 100, (u, g) => Pattern[(u + g) % 3], goals: 8);
        await Data.CreateUserAsync("chef.packby", false, (tree.Board, AccessLevel.Read));
        var session = await LoginAsync("chef.packby");
        session.Client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");

        using var map = await session.Client.GetAsync(Url(tree.Board));
        var login = await NewSession().GetAsync("/logga-in");
        var guesser = NewSession();
        guesser.Client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", login.Response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        guesser.Client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
        var refused = await guesser.SubmitAsync(login, new Dictionary<string, string> { ["Input.UserName"] = "chef.packby", ["Input.Password"] = "fel-losenord" }, "main form", "/logga-in");

        map.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        (await map.Content.ReadAsByteArrayAsync()).Length.ShouldBeLessThan(30_000);
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Response.Content.Headers.ContentEncoding.ShouldBeEmpty("a page that echoes typed text beside a token is not compressed (BREACH)");
        refused.Body.ShouldContain("chef.packby");
    }

    [Fact]
    public async Task TheHeatMap_TakesAsManyStatements_At10UnitsAsAt1000()
    {
        var small = await TreeAsync("Tioby", 10, (u, g) => Pattern[(u + g) % 3]);
        var large = await TreeAsync("Tusenby", 1000, (u, g) => Pattern[(u + g) % 3]);
        // The tertial map's cells: each unit's fulfilment of each goal for T2 2023.
        await WithDbAsync(async db =>
        {
            var i = 0;
            foreach (var ((unit, _), goal) in small.UnitGoals.Concat(large.UnitGoals))
            {
                db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal, OrgUnitId = unit, Period = Period.Tertial(2023, 2), Fulfilment = (Verksam.Web.Domain.Assessment.Fulfilment)(i++ % 3 + 1), Version = Guid.NewGuid() });
            }

            await db.SaveChangesAsync();
        });

        var atTen = await CountStatementsAsync(small.Board.Id);
        var atThousand = await CountStatementsAsync(large.Board.Id);
        var filtered = await CountStatementsAsync(large.Board.Id, onlyYellowAndRed: true);
        var tertialsAtTen = await CountStatementsAsync(small.Board.Id, tertials: true);
        var tertialsAtThousand = await CountStatementsAsync(large.Board.Id, tertials: true);
        var oneGoalAtThousand = await CountStatementsAsync(large.Board.Id, tertials: true, goal: large.BoardGoals[0].Id);

        atTen.ShouldBeGreaterThan(0);
        atThousand.ShouldBe(atTen);
        filtered.ShouldBe(atTen + 1, "the filter asks once which units are yellow or red");
        tertialsAtTen.ShouldBe(atTen, "the tertial map asks as the monthly one does");
        tertialsAtThousand.ShouldBe(tertialsAtTen);
        oneGoalAtThousand.ShouldBe(tertialsAtTen);
    }

    private async Task<int> CountStatementsAsync(Guid board, bool onlyYellowAndRed = false, bool tertials = false, Guid? goal = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessService>().UseSystemAccess();
        var heatmaps = scope.ServiceProvider.GetRequiredService<HeatmapService>();
        using var counter = new StatementCounter();
        var today = new DateOnly(2024, 2, 1);
        if (tertials)
        {
            var tertial = await heatmaps.TertialHeatmapAsync(new TertialHeatmapQuery(board, "2023-T2", GoalId: goal), today);
            tertial.Rows.Count.ShouldBeGreaterThan(0);
            tertial.Rows.SelectMany(r => r.Cells).ShouldContain(c => c != null);
            return counter.Count;
        }

        var map = await heatmaps.HeatmapAsync(new HeatmapQuery(board, "2023-09", OnlyYellowAndRed: onlyYellowAndRed), today);
        map.Rows.Count.ShouldBeGreaterThan(0);
        return counter.Count;
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

public sealed class HeatmapTests_Sqlite(SqliteFixture fixture) : HeatmapTests(fixture), IClassFixture<SqliteFixture>;

public sealed class HeatmapTests_PostgreSql(PostgresFixture fixture) : HeatmapTests(fixture), IClassFixture<PostgresFixture>;
