using System.Net;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Risks;
using Verksam.Web.Shared.Links;

namespace Verksam.IntegrationTests.Features.Risks;

/// <summary>
/// The risk map of a level above (issue 19): the scored risks of the units below, counted per likelihood and
/// consequence, each count a link to the cell's risks; nobody sees a count or a risk of a unit they may not read.
/// </summary>
public abstract class RiskMapTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private async Task<(OrgUnit Municipality, OrgUnit Board, OrgUnit North, OrgUnit South)> TreeAsync()
    {
        var municipality = await Data.CreateUnitAsync("Testkommun");
        var board = await Data.CreateUnitAsync("Socialnämnden", OrgUnitKind.Board, municipality);
        var north = await Data.CreateUnitAsync("Hemtjänst Norr", OrgUnitKind.Unit, board);
        var south = await Data.CreateUnitAsync("Hemtjänst Söder", OrgUnitKind.Unit, board);
        await WithDbAsync(async db =>
        {
            db.Risks.AddRange(
                Risk(north, "Brist på sjuksköterskor", 4, 4),
                Risk(south, "Hög personalomsättning", 4, 4),
                Risk(south, "Nytt verksamhetssystem", 2, 3),
                Risk(south, "Oklar rutin", null, null),
                Risk(north, "Gammal risk", 4, 4, year: 2023));
            await db.SaveChangesAsync();
        });
        return (municipality, board, north, south);
    }

    private static Risk Risk(OrgUnit unit, string description, int? likelihood, int? consequence, int year = 2024) =>
        new() { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Year = year, Description = description, Likelihood = likelihood, Consequence = consequence, Version = Guid.NewGuid() };

    private static string Cell(WebSession.PageResult page, int likelihood, int consequence)
    {
        var row = page.Document.QuerySelectorAll("table.risk-matrix tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == $"Sannolikhet {likelihood}");
        return WebSession.Squash(row.QuerySelectorAll("td")[consequence - 1].TextContent);
    }

    [Fact]
    public async Task ABoardsMap_CountsTheRisksOfItsUnitsPerCell_AndACountLeadsToTheCellsRisks()
    {
        var (_, board, north, south) = await TreeAsync();
        await Data.CreateUserAsync("godkannare", grants: (board, AccessLevel.Approve));
        var session = await LoginAsync("godkannare");

        var map = await session.GetAsync(Link.RiskMap(board.Id, 2024));

        map.Status.ShouldBe(HttpStatusCode.OK);
        Cell(map, 4, 4).ShouldBe("2Antal risker: 2, i 2 av enheterna. Sannolikhet 4, konsekvens 4, riskvärde 16 (Röd).");
        Cell(map, 2, 3).ShouldStartWith("1Antal risker: 1, i 1 av enheterna.");
        Cell(map, 1, 1).ShouldStartWith("–");
        WebSession.Squash(map.Document.QuerySelector("main")!.TextContent).ShouldContain("1 risk är inte bedömd än och finns inte i matrisen.");
        map.Document.QuerySelectorAll("table.risk-matrix a").Select(a => a.GetAttribute("href")).ShouldContain($"{Link.RiskMap(board.Id, 2024, 4, 4)}#ruta");

        var chosen = await session.GetAsync(Link.RiskMap(board.Id, 2024, 4, 4));
        var risks = chosen.Document.QuerySelectorAll("#ruta + ul li").Select(li => WebSession.Squash(li.TextContent)).ToList();
        risks.ShouldBe(["Brist på sjuksköterskor – Hemtjänst Norr", "Hög personalomsättning – Hemtjänst Söder"]);
        chosen.Document.QuerySelectorAll("#ruta + ul a").Select(a => a.GetAttribute("href")).ShouldContain(h => h!.StartsWith(Link.Risks(north.Id).Replace("/risker", "/risk/", StringComparison.Ordinal), StringComparison.Ordinal));
        (await session.GetAsync(Link.RiskMap(board.Id, 2023))).Body.ShouldNotContain("Hög personalomsättning");
        _ = south;
    }

    [Fact]
    public async Task AUnitManager_SeesOnlyTheirUnit_AndAnotherMunicipalitysUser_NoCountOrRiskOfTheFirst()
    {
        var (municipality, board, north, _) = await TreeAsync();
        var other = await Data.CreateUnitAsync("Grannkommun");
        await Data.CreateUserAsync("enhetschef", grants: (north, AccessLevel.Edit));
        await Data.CreateUserAsync("granne", grants: (other, AccessLevel.Approve));

        var manager = await LoginAsync("enhetschef");
        (await manager.GetAsync(Link.RiskMap(board.Id, 2024))).Status.ShouldBe(HttpStatusCode.NotFound, "the board is not theirs to read");
        var own = await manager.GetAsync(Link.RiskMap(north.Id, 2024, 4, 4));
        Cell(own, 4, 4).ShouldStartWith("1Antal risker: 1, i 1 av enheterna.");
        own.Body.ShouldNotContain("Hög personalomsättning");

        var neighbour = await LoginAsync("granne");
        foreach (var url in new[] { Link.RiskMap(municipality.Id, 2024), Link.RiskMap(board.Id, 2024, 4, 4), Link.RiskMap(north.Id) })
        {
            (await neighbour.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound, url);
        }

        var theirs = await neighbour.GetAsync(Link.RiskMap(other.Id, 2024, 4, 4));
        theirs.Status.ShouldBe(HttpStatusCode.OK);
        Cell(theirs, 4, 4).ShouldStartWith("–");
        theirs.Body.ShouldNotContain("Brist på sjuksköterskor");
    }
}

public sealed class RiskMapTests_Sqlite(SqliteFixture fixture) : RiskMapTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RiskMapTests_PostgreSql(PostgresFixture fixture) : RiskMapTests(fixture), IClassFixture<PostgresFixture>;
