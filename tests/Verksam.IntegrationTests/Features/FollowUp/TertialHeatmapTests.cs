using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.FollowUp;

/// <summary>
/// Issue 19's two gaps: the heat map of a municipality that writes only tertial reports (units × goals for T1, T2 or
/// VB, each cell the goal's fulfilment in words), and the count of late reports where units are archived or start mid-year.
/// </summary>
public abstract class TertialHeatmapTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly DateOnly Today = new(2024, 2, 1);

    private sealed record Tree(OrgUnit Municipality, OrgUnit Board, IReadOnlyList<OrgUnit> Units, IReadOnlyList<Goal> BoardGoals, IReadOnlyDictionary<(Guid Unit, Guid BoardGoal), Guid> UnitGoals);

    /// <summary>A municipality writing no monthly reports, a board with goals 1.1 and 1.2, and two units (in one department), each with its own goal under each.</summary>
    private async Task<Tree> TreeAsync(string prefix, bool monthly = false)
    {
        var municipality = OrgUnit.CreateRoot(Guid.NewGuid(), prefix + " kommun");
        var board = OrgUnit.CreateChild(Guid.NewGuid(), prefix + " stadsdelsnämnd", OrgUnitKind.Board, municipality);
        var department = OrgUnit.CreateChild(Guid.NewGuid(), "Avdelning A", OrgUnitKind.Department, board);
        var units = new[] { "Enhet 0", "Enhet 1" }.Select(n => OrgUnit.CreateChild(Guid.NewGuid(), n, OrgUnitKind.Unit, department)).ToList();
        var council = NewGoal(municipality.Id, GoalLevel.CouncilDirection, null, "Ett stöd där behoven är störst", 1);
        var boardGoals = new[] { NewGoal(board.Id, GoalLevel.Board, council.Id, "Rättssäker handläggning", 1), NewGoal(board.Id, GoalLevel.Board, council.Id, "Nöjda brukare", 2) };
        var unitGoals = new Dictionary<(Guid, Guid), Guid>();
        await WithDbAsync(async db =>
        {
            db.OrgUnits.AddRange([municipality, board, department, .. units]);
            db.MunicipalitySettings.Add(new MunicipalitySettings { OrgUnitId = municipality.Id, UsesMonthlyReports = monthly, Version = Guid.NewGuid() });
            db.Goals.AddRange([council, .. boardGoals]);
            foreach (var unit in units)
            {
                foreach (var boardGoal in boardGoals)
                {
                    var own = NewGoal(unit.Id, GoalLevel.Unit, boardGoal.Id, "Enhetsmål " + boardGoal.Title, 1);
                    db.Goals.Add(own);
                    unitGoals[(unit.Id, boardGoal.Id)] = own.Id;
                }
            }

            await db.SaveChangesAsync();
        });
        return new Tree(municipality, board, units, boardGoals, unitGoals);
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

    private async Task JudgeAsync(Tree tree, int unit, int boardGoal, Period period, Fulfilment fulfilment) =>
        await WithDbAsync(async db =>
        {
            db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = tree.UnitGoals[(tree.Units[unit].Id, tree.BoardGoals[boardGoal].Id)], OrgUnitId = tree.Units[unit].Id, Period = period, Fulfilment = fulfilment, Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        });

    private async Task ReportAsync(OrgUnit unit, Period period, ReportStatus status) =>
        await WithDbAsync(async db =>
        {
            db.FollowUpReports.Add(new FollowUpReport { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Period = period, Status = status, UpdatedAt = DateTime.UtcNow, Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        });

    private static string Url(OrgUnit top, string query = "") => $"/organisation/{top.Id}/uppfoljning/oversikt/tertial{query}";

    private static List<AngleSharp.Dom.IElement> Rows(WebSession.PageResult page) =>
        page.Document.QuerySelectorAll(".heatmap tbody tr").Where(tr => tr.QuerySelector("th[scope=row]") is not null).ToList();

    private static List<string> Cells(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td.hm-g, td.hm-y, td.hm-r, td.hm-n").Select(td => td.ClassName + " " + WebSession.Squash(td.TextContent)).ToList();

    private async Task<T> AsSystemAsync<T>(Func<HeatmapService, Task<T>> call)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessService>().UseSystemAccess();
        return await call(scope.ServiceProvider.GetRequiredService<HeatmapService>());
    }

    [Fact]
    public async Task ATertialsMunicipality_OpensOnTheTertialMap_WithEachGoalsFulfilmentInWordsAndShape_AndTheReportsStatus()
    {
        var tree = await TreeAsync("Tertby");
        await JudgeAsync(tree, 0, 0, Period.Tertial(2023, 1), Fulfilment.Full);
        await JudgeAsync(tree, 0, 1, Period.Tertial(2023, 1), Fulfilment.NotMet);
        await JudgeAsync(tree, 1, 0, Period.Tertial(2023, 1), Fulfilment.Partial);
        await JudgeAsync(tree, 1, 0, Period.Tertial(2023, 2), Fulfilment.Full);
        await JudgeAsync(tree, 0, 0, Period.WholeYear(2023), Fulfilment.Partial);
        await ReportAsync(tree.Units[0], Period.Tertial(2023, 1), ReportStatus.Approved);
        await Data.CreateUserAsync("chef.tertby", false, (tree.Board, AccessLevel.Read));
        var session = await LoginAsync("chef.tertby");

        var opened = await session.GetAsync($"/organisation/{tree.Board.Id}/uppfoljning/oversikt?ar=2023");
        var t1 = await session.GetAsync(Url(tree.Board, "?period=2023-T1"));

        opened.Status.ShouldBe(HttpStatusCode.Redirect, "a municipality writing no monthly reports has no month colours to show");
        opened.Location.ShouldBe(Url(tree.Board, "?ar=2023"));
        var latest = await session.GetAsync(opened.Location!);
        WebSession.Squash(latest.Document.QuerySelector("h1")!.TextContent).ShouldContain("Läget VB 2023: måluppfyllelse per enhet");
        t1.Status.ShouldBe(HttpStatusCode.OK);
        t1.Document.QuerySelectorAll(".heatmap thead th").Select(th => WebSession.Squash(th.TextContent))
            .ShouldBe(["Enhet", "1.1Rättssäker handläggning", "1.2Nöjda brukare", "Rapport T1", "Inte inskickade i tid"]);
        var rows = Rows(t1);
        Cells(rows[0]).ShouldBe(["hm-g Uppfylls helt", "hm-r Uppfylls inte"]);
        Cells(rows[1]).ShouldBe(["hm-y Uppfylls delvis", "hm-n Ingen bedömning"]);
        WebSession.Squash(rows[0].QuerySelector("td.st")!.TextContent).ShouldBe("Godkänd");
        WebSession.Squash(rows[1].QuerySelector("td.st")!.TextContent).ShouldBe("Saknas");
        // Stockholm's periods only: no month is late where no monthly report is written.
        WebSession.Squash(rows[1].QuerySelector("td.hm-late")!.TextContent).ShouldBe("T1, T2, VB");
        t1.Document.QuerySelectorAll(".overdue li").Select(li => WebSession.Squash(li.TextContent)).ShouldBe([
            "T1 2023: 1 enhet (sista dag 2023-05-10)", "T2 2023: 2 enheter (sista dag 2023-09-10)", "VB 2023: 2 enheter (sista dag 2024-01-10)"]);
        rows[0].QuerySelector("td.hm-g a").ShouldBeNull("a goal met in full needs no explanation");
        // The switch to the months is offered only where the municipality writes monthly reports.
        t1.Document.QuerySelectorAll("main a").ShouldNotContain(a => a.TextContent == "Visa månad för månad");
    }

    [Fact]
    public async Task TheFilters_ShowOnlyTheUnitsThatDidNotFullyMeetAShownGoal_AndOnePerspectivesGoals()
    {
        var tree = await TreeAsync("Filterby");
        await WithDbAsync(async db =>
        {
            var goals = await db.Goals.Where(g => g.OrgUnitId == tree.Board.Id).ToListAsync();
            goals.Single(g => g.Id == tree.BoardGoals[0].Id).Perspective = "Brukare";
            goals.Single(g => g.Id == tree.BoardGoals[1].Id).Perspective = "Medarbetare";
            await db.SaveChangesAsync();
        });
        await JudgeAsync(tree, 0, 0, Period.Tertial(2023, 1), Fulfilment.Full);
        await JudgeAsync(tree, 0, 1, Period.Tertial(2023, 1), Fulfilment.NotMet);
        await JudgeAsync(tree, 1, 0, Period.Tertial(2023, 1), Fulfilment.Full);
        await JudgeAsync(tree, 1, 1, Period.Tertial(2023, 1), Fulfilment.Full);
        await JudgeAsync(tree, 1, 1, Period.Tertial(2023, 2), Fulfilment.Partial);
        await Data.CreateUserAsync("chef.filterby", false, (tree.Board, AccessLevel.Read));
        var session = await LoginAsync("chef.filterby");

        var all = await session.GetAsync(Url(tree.Board, "?period=2023-T1"));
        var notMet = await session.GetAsync(Url(tree.Board, "?period=2023-T1&ejhelt=true"));
        var users = await session.GetAsync(Url(tree.Board, "?period=2023-T1&perspektiv=Brukare"));
        var usersNotMet = await session.GetAsync(Url(tree.Board, "?period=2023-T1&perspektiv=Brukare&ejhelt=true"));

        Rows(all).Select(r => WebSession.Squash(r.QuerySelector("th")!.TextContent)).ShouldBe(["Enhet 0", "Enhet 1"]);
        Rows(notMet).Select(r => WebSession.Squash(r.QuerySelector("th")!.TextContent)).ShouldBe(["Enhet 0"], "Enhet 1 met both goals in full in T1; its T2 does not count");
        notMet.Document.QuerySelector("#ejhelt")!.HasAttribute("checked").ShouldBeTrue();
        notMet.Document.QuerySelectorAll(".heatmap thead th a").ShouldAllBe(a => a.GetAttribute("href")!.Contains("ejhelt=true"), "a goal's column keeps the filter");
        users.Document.QuerySelectorAll(".heatmap thead th").Select(th => WebSession.Squash(th.TextContent)).ShouldBe(["Enhet", "1.1Rättssäker handläggning", "Rapport T1", "Inte inskickade i tid"]);
        Cells(Rows(users)[0]).ShouldBe(["hm-g Uppfylls helt"]);
        users.Document.QuerySelectorAll("#perspektiv option").Select(o => o.TextContent).ShouldBe(["Alla perspektiv", "Brukare", "Medarbetare"]);
        Rows(usersNotMet).ShouldBeEmpty("Enhet 0 fell short only on the goal of another perspective");
        WebSession.Squash(usersNotMet.Document.QuerySelector("main")!.TextContent).ShouldContain("Ingen enhet bedömde något mål som Uppfylls delvis eller Uppfylls inte för T1 2023.");
        usersNotMet.Document.QuerySelectorAll(".overdue li").Select(li => WebSession.Squash(li.TextContent)).ShouldContain("T1 2023: 2 enheter (sista dag 2023-05-10)", "the late count is of every unit, whatever the filter");
    }

    [Fact]
    public async Task OneGoal_ShowsTheUnitsTertialByTertial_AndACellLeadsToTheUnitsReportAtTheGoal()
    {
        var tree = await TreeAsync("Målby", monthly: true);
        await JudgeAsync(tree, 0, 0, Period.Tertial(2023, 1), Fulfilment.Full);
        await JudgeAsync(tree, 0, 0, Period.Tertial(2023, 2), Fulfilment.NotMet);
        // A fulfilment stored for T3 is the year's last tertial: the verksamhetsberättelse's column.
        await JudgeAsync(tree, 0, 0, Period.Tertial(2023, 3), Fulfilment.Partial);
        await Data.CreateUserAsync("chef.malby", false, (tree.Board, AccessLevel.Read));
        var session = await LoginAsync("chef.malby");
        var map = await session.GetAsync(Url(tree.Board, "?period=2023-T2"));
        var head = map.Document.QuerySelectorAll(".heatmap thead th a").Single(a => a.TextContent.Contains("Rättssäker", StringComparison.Ordinal)).GetAttribute("href")!;

        var goal = await session.GetAsync(head);

        goal.Status.ShouldBe(HttpStatusCode.OK);
        goal.Document.QuerySelectorAll(".heatmap thead th").Select(th => WebSession.Squash(th.TextContent)).ShouldBe(["Enhet", "T1", "T2", "VB", "Rapport T2 2023", "Inte inskickade i tid"]);
        Cells(Rows(goal)[0]).ShouldBe(["hm-g Uppfylls helt", "hm-r Uppfylls inte", "hm-y Uppfylls delvis"]);
        var own = tree.UnitGoals[(tree.Units[0].Id, tree.BoardGoals[0].Id)];
        var red = await session.GetAsync(Rows(goal)[0].QuerySelector("td.hm-r a")!.GetAttribute("href")!);
        red.Location.ShouldBe($"/organisation/{tree.Units[0].Id}/uppfoljning/2023-T2#goal-{own}");
        (await session.GetAsync(Rows(goal)[0].QuerySelector("td.hm-y a")!.GetAttribute("href")!)).Location.ShouldBe($"/organisation/{tree.Units[0].Id}/uppfoljning/2023-VB#goal-{own}");
        (await session.GetAsync(red.Location!.Split('#')[0])).Document.GetElementById($"goal-{own}").ShouldNotBeNull();
        // Where both are written, the months are one click away.
        map.Document.QuerySelectorAll("main a").ShouldContain(a => a.TextContent == "Visa månad för månad");
    }

    [Fact]
    public async Task HagerstensApprover_SeesItsUnitsFulfilmentsForTheYear_AndTheLinkLandsOnTheUnitsAnalysis()
    {
        var session = await DemoAsync("godkannare.hagersten");

        var opened = await session.GetAsync($"/organisation/{DemoData.HagerstenAlvsjo}/uppfoljning/oversikt");
        var map = await session.GetAsync(opened.Location!);

        opened.Status.ShouldBe(HttpStatusCode.Redirect);
        WebSession.Squash(map.Document.QuerySelector("h1")!.TextContent).ShouldContain("Läget VB 2024: måluppfyllelse per enhet");
        var rows = Rows(map);
        rows.Select(r => WebSession.Squash(r.QuerySelector("th")!.TextContent)).ShouldBe(["Beställarenheten för funktionsnedsättning"]);
        var heads = map.Document.QuerySelectorAll(".heatmap thead th a").Select(a => a.GetAttribute("title")!).ToList();
        string CellUnder(string title) => Cells(rows[0])[heads.FindIndex(h => h.StartsWith(title, StringComparison.Ordinal))];
        // The unit's three enhetsmål as seed 003 judges them, each under the nämndmål it answers to.
        CellUnder("Personer med funktionsnedsättning").ShouldBe("hm-y Uppfylls delvis");
        CellUnder("Stadsdelsnämndens verksamheter är energieffektiva").ShouldBe("hm-g Uppfylls helt");
        CellUnder("Stadsdelsnämnden är en attraktiv arbetsgivare").ShouldBe("hm-g Uppfylls helt");
        WebSession.Squash(rows[0].QuerySelector("td.st")!.TextContent).ShouldBe("Godkänd");

        var why = await session.GetAsync(rows[0].QuerySelector("td.hm-y a")!.GetAttribute("href")!);
        why.Status.ShouldBe(HttpStatusCode.Redirect);
        why.Location.ShouldStartWith($"/organisation/{DemoData.Bestallarenheten}/uppfoljning/2024-VB#goal-");
        var report = await session.GetAsync(why.Location!.Split('#')[0]);
        var anchor = report.Document.GetElementById(why.Location.Split('#')[1])!;
        anchor.ShouldNotBeNull();
        anchor.Closest("section")!.TextContent.ShouldContain("Den brukarundersökning som genomförts för yngre personer");
    }

    [Fact]
    public async Task AUserOfAnotherMunicipality_GetsNotFoundForHagerstensTertialMap_AndSeesNoneOfItsUnits()
    {
        var session = await DemoAsync("godkannare.tyreso");
        var lawful = await WithDbAsync(db => Task.FromResult(db.GoalAssessments.First(a => a.OrgUnitId == DemoData.Bestallarenheten && a.Fulfilment == Fulfilment.Partial).GoalId));

        foreach (var query in new[] { "", "?period=2024-VB", "?period=2024-T1", "?ar=2024", $"?under={DemoData.Bestallarenheten}" })
        {
            (await session.GetAsync($"/organisation/{DemoData.HagerstenAlvsjo}/uppfoljning/oversikt/tertial{query}")).Status.ShouldBe(HttpStatusCode.NotFound, query);
            (await session.GetAsync($"/organisation/{DemoData.Stockholm}/uppfoljning/oversikt/tertial{query}")).Status.ShouldBe(HttpStatusCode.NotFound, query);
        }

        (await session.GetAsync($"/organisation/{DemoData.HagerstenAlvsjo}/uppfoljning/oversikt")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetAsync($"/forklaring/{lawful:N}/2024-VB")).Status.ShouldBe(HttpStatusCode.NotFound);
        var own = await session.GetAsync($"/organisation/{DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning/oversikt/tertial?period=2023-T1");
        own.Status.ShouldBe(HttpStatusCode.OK);
        own.Body.ShouldNotContain("Beställarenheten");
        own.Body.ShouldNotContain(DemoData.Bestallarenheten.ToString(), Case.Insensitive);
        Rows(own).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task TheLateCount_LeavesOutArchivedUnits_AndPeriodsBeforeAUnitsStart_AndIgnoresTheFilter()
    {
        // A and B owe everything and sent nothing; C was archived after sending September; D starts in June but has a
        // March report all the same (written before its start was moved). A has a red goal for September.
        var municipality = await Data.CreateUnitAsync("Sentby kommun");
        var board = await Data.CreateUnitAsync("Sentby socialnämnd", OrgUnitKind.Board, municipality);
        var (a, b, c, d) = (await Data.CreateUnitAsync("Enhet A", OrgUnitKind.Unit, board), await Data.CreateUnitAsync("Enhet B", OrgUnitKind.Unit, board),
            await Data.CreateUnitAsync("Enhet C", OrgUnitKind.Unit, board), await Data.CreateUnitAsync("Enhet D", OrgUnitKind.Unit, board));
        var goal = await Data.CreateGoalAsync(a, GoalLevel.Unit, "Rättssäker handläggning", await Data.CreateGoalAsync(board, GoalLevel.Board, "Rättssäkerhet"));
        await ReportAsync(c, Period.Month(2023, 9), ReportStatus.Submitted);
        await ReportAsync(d, Period.Month(2023, 3), ReportStatus.Approved);
        await WithDbAsync(async db =>
        {
            foreach (var unit in db.OrgUnits.Where(u => u.Id == c.Id || u.Id == d.Id || u.Id == a.Id || u.Id == b.Id).ToList())
            {
                unit.ReportFrom(unit.Id == d.Id ? new DateOnly(2023, 6, 1) : new DateOnly(2023, 1, 1));
                if (unit.Id == c.Id)
                {
                    unit.Archive(DateTime.UtcNow);
                }
            }

            db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal.Id, OrgUnitId = a.Id, Period = Period.Month(2023, 9), Colour = Rag.Red, Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        });

        var map = await AsSystemAsync(h => h.HeatmapAsync(new HeatmapQuery(board.Id, "2023-09"), Today));
        var filtered = await AsSystemAsync(h => h.HeatmapAsync(new HeatmapQuery(board.Id, "2023-09", OnlyYellowAndRed: true), Today));
        var tertials = await AsSystemAsync(h => h.TertialHeatmapAsync(new TertialHeatmapQuery(board.Id, "2023-T2"), Today));

        int Late(IReadOnlyList<LatePeriod> late, Period p) => late.SingleOrDefault(l => l.Period == p)?.Units ?? 0;
        map.Rows.Select(r => r.Unit.Name).ShouldBe(["Enhet A", "Enhet B", "Enhet D"]);
        Late(map.Late, Period.Month(2023, 9)).ShouldBe(3, "C's report does not count: C is archived, and A, B and D have not sent September");
        Late(map.Late, Period.Month(2023, 3)).ShouldBe(2, "A and B owe March; D's report for a month before its start does not make up for theirs");
        Late(map.Late, Period.Month(2023, 7)).ShouldBe(3);
        map.Rows.Single(r => r.Unit.Name == "Enhet D").Late.ShouldNotContain(Period.Month(2023, 5));
        filtered.Rows.Select(r => r.Unit.Name).ShouldBe(["Enhet A"]);
        filtered.Late.ShouldBe(map.Late, "the filter narrows the rows, not the reports late");
        tertials.Late.ShouldBe(map.Late);
    }
}

public sealed class TertialHeatmapTests_Sqlite(SqliteFixture fixture) : TertialHeatmapTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TertialHeatmapTests_PostgreSql(PostgresFixture fixture) : TertialHeatmapTests(fixture), IClassFixture<PostgresFixture>;
