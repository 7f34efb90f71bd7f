using System.Net;
using Microsoft.EntityFrameworkCore;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Indicators;

/// <summary>Issue 19's trend charts: the trend page's figures month by month and year by year, the units below, the small trends, and access.</summary>
public abstract class IndicatorTrendTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string Name = "Sjukfrånvaro";
    private const string Scale = "G: 0-5 % A: 6-8 % R: 9-100 %";

    private OrgUnit _board = null!;
    private OrgUnit _lss = null!;
    private OrgUnit _other = null!;
    private OrgUnit _closed = null!;
    private OrgUnit _hemtjanst = null!;
    private Indicator _indicator = null!;

    private async Task ArrangeAsync()
    {
        var tyreso = await Data.CreateUnitAsync("Tyresö kommun");
        _board = await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, tyreso);
        _lss = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, _board);
        _other = await Data.CreateUnitAsync("Socialpsykiatri", OrgUnitKind.Unit, _board);
        _closed = await Data.CreateUnitAsync("Nedlagd enhet", OrgUnitKind.Unit, _board);
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, await Data.CreateUnitAsync("Stockholms stad"));

        var previous = await IndicatorAsync(_lss, 2022, annualTarget: 6);
        _indicator = await IndicatorAsync(_lss, 2023, annualTarget: 5, copiedFrom: previous);
        await OutcomesAsync(previous, (Period.WholeYear(2022), 7.5m));
        await OutcomesAsync(_indicator, (Period.Month(2023, 1), 4m), (Period.Month(2023, 2), 6.5m), (Period.Month(2023, 3), 9m), (Period.Month(2023, 5), 5m));

        var board = await IndicatorAsync(_board, 2023, annualTarget: 5);
        await OutcomesAsync(board, (Period.Month(2023, 1), 5m));
        await OutcomesAsync(await IndicatorAsync(_other, 2023, annualTarget: 5), (Period.Month(2023, 1), 3m), (Period.Month(2023, 2), 12m));
        await OutcomesAsync(await IndicatorAsync(_closed, 2023, annualTarget: 5), (Period.Month(2023, 1), 44m));
        await OutcomesAsync(await IndicatorAsync(_hemtjanst, 2023, annualTarget: 5), (Period.Month(2023, 1), 33m));
        await WithDbAsync(async db =>
        {
            var closed = await db.OrgUnits.FirstAsync(u => u.Id == _closed.Id);
            closed.Archive(DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
    }

    private async Task<Indicator> IndicatorAsync(OrgUnit unit, int year, decimal annualTarget, Indicator? copiedFrom = null)
    {
        var indicator = await Data.CreateIndicatorAsync(unit, Name, Scale, year, annualTarget: annualTarget);
        await WithDbAsync(async db =>
        {
            var stored = await db.Indicators.FirstAsync(i => i.Id == indicator.Id);
            stored.Unit = MeasureUnit.Percent;
            stored.Decimals = 1;
            stored.CopiedFromId = copiedFrom?.Id;
            await db.SaveChangesAsync();
        });
        return indicator;
    }

    private Task OutcomesAsync(Indicator indicator, params (Period Period, decimal Value)[] outcomes) => WithDbAsync(async db =>
    {
        foreach (var (period, value) in outcomes)
        {
            db.Outcomes.Add(new Outcome { Id = Guid.NewGuid(), IndicatorId = indicator.Id, OrgUnitId = indicator.OrgUnitId, Period = period, Value = value, Version = Guid.NewGuid() });
        }

        await db.SaveChangesAsync();
    });

    private static List<string> Rows(WebSession.PageResult page) =>
        page.Document.QuerySelectorAll("figure.trend-figure--large table tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();

    [Fact]
    public async Task TrendPage_MonthByMonth_ShowsTheYearsFiguresInTheChartAndTheTable()
    {
        await ArrangeAsync();
        await Data.CreateUserAsync("ec.lss", grants: (_lss, AccessLevel.Edit));
        var session = await LoginAsync("ec.lss");

        var page = await session.GetAsync($"/indikatorer/{_indicator.Id}/trend");

        page.Status.ShouldBe(HttpStatusCode.OK);
        Rows(page).ShouldBe(["Jan 2023|4 %|5 %", "Feb 2023|6,5 %|5 %", "Mars 2023|9 %|5 %", "Maj 2023|5 %|5 %"]);
        var svg = page.Document.QuerySelector("figure.trend-figure--large svg[role=img]")!;
        svg.QuerySelector("desc")!.TextContent.ShouldBe(
            "Sjukfrånvaro – Myndighet LSS. Utfall Jan–Maj 2023: senast 5 % (Maj), lägst 4 % (Jan), högst 9 % (Mars). Årsmål 5 %. Färgfälten bakom linjen visar skalan: G: 0-5 % A: 6-8 % R: 9-100 %.");
        svg.QuerySelectorAll(".trend__point").Select(p => p.GetAttribute("data-value")).ShouldBe(["4", "6.5", "9", "5"]);
        svg.QuerySelectorAll(".trend__band").Length.ShouldBe(3);
    }

    [Fact]
    public async Task TrendPage_YearByYear_FollowsTheCopyBackAYear()
    {
        await ArrangeAsync();
        await Data.CreateUserAsync("ec.lss", grants: (_lss, AccessLevel.Read));
        var session = await LoginAsync("ec.lss");

        var page = await session.GetAsync($"/indikatorer/{_indicator.Id}/trend?visa=ar");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#visa-ar")!.HasAttribute("checked").ShouldBeTrue();
        // 2022 has the year's outcome; 2023 has none yet, so its latest month stands for it, named.
        Rows(page).ShouldBe(["2022|7,5 %|6 %", "2023|5 % (Maj)|5 %"]);
    }

    [Fact]
    public async Task TrendPage_OfALevelAbove_ShowsTheReadableUnitsBelowSideBySide()
    {
        await ArrangeAsync();
        await Data.CreateUserAsync("fc", grants: (_board, AccessLevel.Approve));
        var session = await LoginAsync("fc");
        var boardIndicator = await WithDbAsync(db => db.Indicators.FirstAsync(i => i.OrgUnitId == _board.Id));

        var page = await session.GetAsync($"/indikatorer/{boardIndicator.Id}/trend");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var units = page.Document.QuerySelectorAll(".trend-grid > li").ToList();
        units.Select(u => u.QuerySelector(".trend-grid__unit")!.TextContent).ShouldBe(["Myndighet LSS", "Socialpsykiatri"]);
        units.Select(u => u.QuerySelector("svg[role=img]")).ShouldAllBe(s => s != null);
        units[1].QuerySelector(".trend-figure__words")!.TextContent.ShouldContain("senast 12 % (Feb)");
        // The archived unit and the other municipality's unit of the same name are not there, nor their figures.
        page.Body.ShouldNotContain("Nedlagd enhet");
        page.Body.ShouldNotContain("44 %");
        page.Body.ShouldNotContain("33 %");
    }

    [Fact]
    public async Task TrendPage_OfAnotherMunicipality_IsNotFoundAndShowsNoFigures()
    {
        await ArrangeAsync();
        await Data.CreateUserAsync("ec.hemtjanst", grants: (_hemtjanst, AccessLevel.Edit));
        var session = await LoginAsync("ec.hemtjanst");

        foreach (var path in new[] { $"/indikatorer/{_indicator.Id}/trend", $"/indikatorer/{_indicator.Id}/trend?visa=ar" })
        {
            var response = await session.Client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain("6,5 %");
            body.ShouldNotContain("<svg");
        }
    }

    [Fact]
    public async Task IndicatorAndGoalPages_ShowASmallTrendLinkingToTheTrendPage()
    {
        await ArrangeAsync();
        var goal = await Data.CreateGoalAsync(_lss, GoalLevel.Unit, "Medarbetarna mår bra");
        await WithDbAsync(async db =>
        {
            db.GoalIndicators.Add(new GoalIndicator { GoalId = goal.Id, IndicatorId = _indicator.Id, OrgUnitId = _lss.Id });
            await db.SaveChangesAsync();
        });
        await Data.CreateUserAsync("ec.lss", grants: (_lss, AccessLevel.Edit));
        var session = await LoginAsync("ec.lss");

        foreach (var path in new[] { $"/indikatorer/{_indicator.Id}", $"/mal/{goal.Id}" })
        {
            var page = await session.GetAsync(path);
            var figure = page.Document.QuerySelector("figure.trend-figure--small")!;
            var words = figure.QuerySelector(".trend-figure__words")!;
            words.TextContent.ShouldStartWith("Utfall Jan–Maj 2023", customMessage: path);
            words.TextContent.ShouldContain("senast 5 % (Maj)", customMessage: path);
            // The image is described by the words beside it, and says them once: no description of its own.
            figure.QuerySelector("svg[role=img]")!.GetAttribute("aria-describedby").ShouldBe(words.Id, path);
            figure.QuerySelector("svg[role=img] desc").ShouldBeNull(path);
            figure.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/indikatorer/{_indicator.Id}/trend", path);
        }
    }
}

public sealed class IndicatorTrendTests_Sqlite(SqliteFixture fixture) : IndicatorTrendTests(fixture), IClassFixture<SqliteFixture>;

public sealed class IndicatorTrendTests_PostgreSql(PostgresFixture fixture) : IndicatorTrendTests(fixture), IClassFixture<PostgresFixture>;
