using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Goals;

public abstract class IndicatorOnGoalAboveTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private OrgUnit _board = null!;
    private OrgUnit _hemtjanst = null!;
    private OrgUnit _boende = null!;
    private Goal _area = null!;
    private Goal _boardGoal = null!;
    private Indicator _own = null!;
    private Indicator _neighbours = null!;
    private WebSession _manager = null!;


    private async Task ArrangeAsync()
    {
        var stockholm = await Data.CreateUnitAsync("Stockholms stad");
        _board = await Data.CreateUnitAsync("Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, stockholm);
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, _board);
        _boende = await Data.CreateUnitAsync("Skarpnäcks vård- och omsorgsboende", OrgUnitKind.Unit, _board);
        var kf = await Data.CreateGoalAsync(stockholm, GoalLevel.CouncilDirection, "Ett Stockholm som håller samman", number: "1");
        _area = await Data.CreateGoalAsync(stockholm, GoalLevel.CouncilArea, "Stockholm ska vara en bra stad att åldras i - med god omsorg och stor trygghet", kf, number: "1.4");
        _boardGoal = await Data.CreateGoalAsync(_board, GoalLevel.Board, "Äldre lever ett tryggt och meningsfullt liv", _area, number: "1.4.1");
        _own = await Data.CreateIndicatorAsync(_hemtjanst, "Andelen nöjda omsorgstagare i hemtjänst", "G: 86-100% A: 70-85% R: 0-69%", annualTarget: 86);
        _neighbours = await Data.CreateIndicatorAsync(_boende, "Boendets hemliga indikator", "G: 86-100% A: 70-85% R: 0-69%");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            db.GoalIndicators.Add(new GoalIndicator { GoalId = _area.Id, IndicatorId = _neighbours.Id, OrgUnitId = _boende.Id, Weight = 1 });
            await db.SaveChangesAsync();
        }

        await Data.CreateUserAsync("ec.hemtjanst", grants: (_hemtjanst, AccessLevel.Edit));
        _manager = await LoginAsync("ec.hemtjanst");
    }

    [Fact]
    public async Task UnitTiesItsIndicatorToTheCouncilGoal_ThePlanShowsItThere()
    {
        await ArrangeAsync();

        var saved = await _manager.SubmitAsync($"/indikatorer/{_own.Id}", new Dictionary<string, string> { ["goals"] = _area.Id.ToString() }, "main form[method=post]");
        var plan = await _manager.GetAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/dokument?ar=2023");

        saved.Status.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var blocks = plan.Document.QuerySelectorAll(".document__heading, table.document__table").Select(e => WebSession.Squash(e.TextContent)).ToList();
        var area = blocks.FindIndex(b => b.StartsWith("KF:s mål för verksamhetsområdet 1.4", StringComparison.Ordinal));
        blocks[area + 1].ShouldContain("Andelen nöjda omsorgstagare i hemtjänst 86 %");
        plan.Body.ShouldNotContain("Boendets hemliga indikator");
    }

    [Fact]
    public async Task GoalAbove_ShowsOnlyIndicatorsOfUnitsTheUserMayRead()
    {
        await ArrangeAsync();
        await _manager.SubmitAsync($"/indikatorer/{_own.Id}", new Dictionary<string, string> { ["goals"] = _area.Id.ToString() }, "main form[method=post]");

        var goalPage = await _manager.GetAsync($"/mal/{_area.Id}");
        var assessment = await _manager.GetAsync($"/mal/{_area.Id}/bedomning?period=2023-09");

        goalPage.Body.ShouldContain("Andelen nöjda omsorgstagare i hemtjänst");
        goalPage.Body.ShouldNotContain("Boendets hemliga indikator");
        assessment.Body.ShouldNotContain("Boendets hemliga indikator");
    }

    [Fact]
    public async Task OwnersGoalForm_LeavesOtherUnitsLinksAlone()
    {
        await ArrangeAsync();
        await _manager.SubmitAsync($"/indikatorer/{_own.Id}", new Dictionary<string, string> { ["goals"] = _boardGoal.Id.ToString() }, "main form[method=post]");
        await Data.CreateIndicatorAsync(_board, "Nämndens egen indikator", "G: 86-100% A: 70-85% R: 0-69%");
        await Data.CreateUserAsync("sdd", grants: (_board, AccessLevel.Edit));
        var boardUser = await LoginAsync("sdd");

        var page = await boardUser.GetAsync($"/mal/{_boardGoal.Id}");

        // The board saves its own links to its goal with none chosen.
        var posted = await boardUser.SubmitAsync(page, WebSession.NoFields, "main form:not([action])", $"/mal/{_boardGoal.Id}");

        posted.Status.ShouldBe(System.Net.HttpStatusCode.Redirect);

        await using var scope = Factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().GoalIndicators.AnyAsync(l => l.GoalId == _boardGoal.Id && l.IndicatorId == _own.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task TyingToAGoalOfASiblingUnit_IsRefused()
    {
        await ArrangeAsync();
        var siblingGoal = await Data.CreateGoalAsync(_boende, GoalLevel.Unit, "Boendets mål", _boardGoal);

        var result = await _manager.SubmitAsync($"/indikatorer/{_own.Id}", new Dictionary<string, string> { ["goals"] = siblingGoal.Id.ToString() }, "main form[method=post]");

        result.ErrorMessages.ShouldBe(["Välj mål för samma år från enheten eller en enhet ovanför"]);
    }
}

public sealed class IndicatorOnGoalAboveTests_Sqlite(SqliteFixture fixture) : IndicatorOnGoalAboveTests(fixture), IClassFixture<SqliteFixture>;

public sealed class IndicatorOnGoalAboveTests_PostgreSql(PostgresFixture fixture) : IndicatorOnGoalAboveTests(fixture), IClassFixture<PostgresFixture>;
