using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Features.Accounts;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;
using Verksam.Web.Features.Risks;
using Verksam.Web.Shared.Validation;

namespace Verksam.IntegrationTests.Features.Organisation;

/// <summary>
/// A nämndledamot (issue 19): the board's units' colours, heat map and trends, and their approved reports; never a
/// draft, a report waiting for approval, the register's matters or any other page. Today is 2024-03-05: January's
/// report is approved, February's submitted, March's a draft.
/// </summary>
public abstract partial class BoardMemberTests(AppFixture fixture) : IntegrationTest(fixture), IAsyncLifetime
{
    private const string Approved = "Godkänd text om januari";
    private const string Submitted = "Inskickad text om februari";
    private const string Draft = "Utkast om mars";
    private const string SubmittedMotivation = "Motivering i den inskickade rapporten";
    private const string MatterText = "Brukaren fick fel läkemedel";
    private const string RiskText = "Brist på sjuksköterskor nattetid";
    private const string OtherUnit = "Hemtjänst Söder utanför nämnden";

    /// <summary>Everything else a board member might see: each must answer 403, 404 or a page without the board's units.</summary>
    private static readonly string[] Secrets = [Submitted, Draft, SubmittedMotivation, MatterText, RiskText, OtherUnit];

    private readonly AdjustableClock _clock = new(new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.Zero));

    private WebApplicationFactory<Program>? _app;

    private WebApplicationFactory<Program> App => _app ??= Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock)));

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private sealed record Board(OrgUnit Municipality, OrgUnit Nämnd, OrgUnit Unit, OrgUnit Outside, Goal Goal, Indicator Indicator, Guid MatterId, Guid RiskId, IReadOnlyList<Guid> ReportIds);

    private async Task<Board> BoardAsync()
    {
        var municipality = OrgUnit.CreateRoot(Guid.NewGuid(), "Ledamotskommun");
        var nämnd = OrgUnit.CreateChild(Guid.NewGuid(), "Vård- och omsorgsnämnden", OrgUnitKind.Board, municipality);
        var unit = OrgUnit.CreateChild(Guid.NewGuid(), "Hemtjänst Norr", OrgUnitKind.Unit, nämnd);
        var outside = OrgUnit.CreateChild(Guid.NewGuid(), OtherUnit, OrgUnitKind.Unit, municipality);
        unit.ReportFrom(new DateOnly(2024, 1, 1));
        var boardGoal = new Goal { Id = Guid.NewGuid(), OrgUnitId = nämnd.Id, Year = 2024, Level = GoalLevel.Board, Title = "Nöjda brukare", SortOrder = 1, Version = Guid.NewGuid() };
        var goal = new Goal { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Year = 2024, Level = GoalLevel.Unit, ParentId = boardGoal.Id, Title = "Brukarna är nöjda med hemtjänsten", SortOrder = 1, Version = Guid.NewGuid() };
        var indicator = new Indicator { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Year = 2024, Name = "Andel nöjda brukare", Measurement = MeasurementKind.Value, Version = Guid.NewGuid() };
        var matter = new Matter { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Kind = MatterKind.LexSarah, ReceivedOn = new DateOnly(2024, 2, 19), NumberYear = 2024, Number = 1, Status = MatterStatus.Received, Description = MatterText, Version = Guid.NewGuid() };
        var risk = new Risk { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Year = 2024, Description = RiskText, Likelihood = 4, Consequence = 4, Version = Guid.NewGuid() };
        var reports = new List<Guid>();
        await WithDbAsync(async db =>
        {
            db.OrgUnits.AddRange(municipality, nämnd, unit, outside);
            db.Goals.AddRange(boardGoal, goal);
            db.Indicators.Add(indicator);
            db.Matters.Add(matter);
            db.Risks.Add(risk);
            foreach (var (month, colour, motivation) in new[] { (1, Rag.Green, "Motivering i januari"), (2, Rag.Red, SubmittedMotivation) })
            {
                db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal.Id, OrgUnitId = unit.Id, Period = Period.Month(2024, month), Colour = colour, Motivation = motivation, Version = Guid.NewGuid() });
                db.Outcomes.Add(new Outcome { Id = Guid.NewGuid(), IndicatorId = indicator.Id, OrgUnitId = unit.Id, Period = Period.Month(2024, month), Value = 70 + month, Version = Guid.NewGuid() });
            }

            foreach (var (month, status, text) in new[] { (1, ReportStatus.Approved, Approved), (2, ReportStatus.Submitted, Submitted), (3, ReportStatus.Draft, Draft) })
            {
                var report = new FollowUpReport { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Period = Period.Month(2024, month), Status = status, Version = Guid.NewGuid(), UpdatedAt = _clock.GetUtcNow().UtcDateTime };
                if (status != ReportStatus.Draft)
                {
                    (report.SubmittedAt, report.SubmittedBy) = (new DateTime(2024, month + 1, 2, 8, 0, 0, DateTimeKind.Utc), "Enhetschef Hemtjänst Norr");
                }

                if (status == ReportStatus.Approved)
                {
                    (report.DecidedAt, report.DecidedBy) = (new DateTime(2024, month + 1, 4, 8, 0, 0, DateTimeKind.Utc), "Förvaltningschef");
                }

                db.FollowUpReports.Add(report);
                db.FollowUpTexts.Add(new FollowUpText { Id = Guid.NewGuid(), ReportId = report.Id, OrgUnitId = unit.Id, Key = "handelser", Text = text });
                reports.Add(report.Id);
            }

            await db.SaveChangesAsync();
        });
        await Data.CreateUserAsync("ledamot", grants: (nämnd, AccessLevel.BoardMember));
        return new Board(municipality, nämnd, unit, outside, goal, indicator, matter.Id, risk.Id, reports);
    }

    private async Task<WebSession> SessionAsync(string userName)
    {
        var session = new WebSession(App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await session.LoginAsync(userName);
        return session;
    }

    private static void ShouldShowNoSecret(WebSession.PageResult page, string what)
    {
        foreach (var secret in Secrets)
        {
            page.Body.ShouldNotContain(secret, Case.Sensitive, what);
        }
    }

    [Fact]
    public async Task TheStartPage_ListsTheApprovedReports_AndTheUnitsColours_ButNoToDoAndNoOtherReport()
    {
        var board = await BoardAsync();
        var session = await SessionAsync("ledamot");

        var page = await session.GetAsync("/");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Läget och godkända rapporter", "a board member has nothing to do, only to read");
        page.Document.QuerySelector("main .lead")!.TextContent.ShouldBe("Som nämndledamot ser du läget i nämndens enheter och deras godkända rapporter.");
        var approved = WebSession.Squash(page.Document.QuerySelector("section[aria-labelledby=godkanda]")!.TextContent);
        approved.ShouldContain("Månadsrapport januari 2024 – Hemtjänst Norr");
        approved.ShouldNotContain("februari");
        approved.ShouldNotContain("mars");
        var situation = page.Document.QuerySelector("section[aria-labelledby=laget]")!;
        WebSession.Squash(situation.TextContent).ShouldContain("Hemtjänst Norr");
        situation.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldNotContain($"/organisation/{board.Unit.Id}", "a board member does not open the unit's pages");
        situation.QuerySelector($"a[href='/organisation/{board.Nämnd.Id}/uppfoljning/oversikt']").ShouldNotBeNull("the heat map of the board");
        page.Document.QuerySelector("section.todo").ShouldBeNull("a board member has nothing to write, approve or handle");
        ShouldShowNoSecret(page, "the start page");

        var tree = await session.GetAsync("/organisation");
        WebSession.Squash(tree.Document.QuerySelector("main")!.TextContent).ShouldContain("Som nämndledamot ser du inte enheternas egna sidor.", customMessage: "the header's Organisation says where a board member's picture is");
        tree.Body.ShouldNotContain("Hemtjänst Norr");
    }

    [Fact]
    public async Task AnApprovedReport_OpensWithItsText_AndEveryOtherReport_IsRefused()
    {
        var board = await BoardAsync();
        var session = await SessionAsync("ledamot");

        var january = await session.GetAsync($"/organisation/{board.Unit.Id}/uppfoljning/2024-01");
        january.Status.ShouldBe(HttpStatusCode.OK);
        january.Body.ShouldContain(Approved);
        january.Document.QuerySelector("main button[type=submit], main textarea").ShouldBeNull("a board member changes nothing");
        (await session.GetAsync($"/organisation/{board.Unit.Id}/uppfoljning/2024-01/dokument")).Body.ShouldContain(Approved);

        foreach (var period in new[] { "2024-02", "2024-03", "2024-04" })
        {
            foreach (var path in new[] { $"/organisation/{board.Unit.Id}/uppfoljning/{period}", $"/organisation/{board.Unit.Id}/uppfoljning/{period}/dokument" })
            {
                var refused = await session.GetAsync(path);
                refused.Status.ShouldBeOneOf([HttpStatusCode.Forbidden, HttpStatusCode.Redirect], path);
                (refused.Location ?? "/status/403").ShouldStartWith("/status/403", Case.Sensitive, path);
                ShouldShowNoSecret(refused, path);
            }
        }
    }

    [Fact]
    public async Task TheHeatMapTheRegistersCountsAndTheTrend_ShowTheBoardsUnits_AndARedCellExplainsOnlyOnceTheReportIsApproved()
    {
        var board = await BoardAsync();
        var session = await SessionAsync("ledamot");

        var map = await session.GetAsync($"/organisation/{board.Nämnd.Id}/uppfoljning/oversikt?period=2024-02");
        map.Status.ShouldBe(HttpStatusCode.OK);
        WebSession.Squash(map.Document.QuerySelector(".heatmap tbody")!.TextContent).ShouldContain("Hemtjänst Norr Röd");
        ShouldShowNoSecret(map, "the heat map");
        map.Document.QuerySelector(".heatmap tbody th[scope=row] a").ShouldBeNull("February's report is not approved: the unit's name is not a link to it");
        map.Document.QuerySelector($"a.back-link[href='/organisation/{board.Nämnd.Id}']").ShouldBeNull("nor to the board's own pages");
        map.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldNotContain(h => h!.Contains("/perioder", StringComparison.Ordinal) || h.Contains("/export", StringComparison.Ordinal), "nor to pages a board member may not open");
        var january = await session.GetAsync($"/organisation/{board.Nämnd.Id}/uppfoljning/oversikt?period=2024-01");
        january.Document.QuerySelector(".heatmap tbody th[scope=row] a")!.GetAttribute("href").ShouldBe($"/organisation/{board.Unit.Id}/uppfoljning/2024-01");

        var red = await session.GetAsync($"/forklaring/{board.Goal.Id:N}/2024-02");
        red.Status.ShouldBe(HttpStatusCode.OK, "February's report is only submitted: the member is told, not sent to it");
        WebSession.Squash(red.Document.QuerySelector("main")!.TextContent).ShouldContain("Månadsrapport februari 2024 för Hemtjänst Norr är inte godkänd än.");
        ShouldShowNoSecret(red, "the explanation of a submitted month");
        var green = await session.GetAsync($"/forklaring/{board.Goal.Id:N}/2024-01");
        green.Status.ShouldBe(HttpStatusCode.Redirect);
        green.Location.ShouldBe($"/organisation/{board.Unit.Id}/uppfoljning/2024-01#goal-{board.Goal.Id}");

        var counts = await session.GetAsync($"/organisation/{board.Nämnd.Id}/arenden/statistik?ar=2024");
        counts.Status.ShouldBe(HttpStatusCode.OK, "the register's counts are the steering picture too");
        WebSession.Squash(counts.Document.QuerySelector("main")!.TextContent).ShouldContain("Hemtjänst Norr");
        counts.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldNotContain(h => h!.Contains("/arenden?", StringComparison.Ordinal) || h.EndsWith("/arenden", StringComparison.Ordinal), "never a matter");
        ShouldShowNoSecret(counts, "the register's counts");

        var trend = await session.GetAsync($"/indikatorer/{board.Indicator.Id}/trend");
        trend.Status.ShouldBe(HttpStatusCode.OK);
        trend.Body.ShouldContain("Andel nöjda brukare");
    }

    [Fact]
    public async Task EveryOtherPageAndApiCall_RefusesTheBoardMember_OrShowsNoneOfTheBoardsUnits()
    {
        var board = await BoardAsync();
        var session = await SessionAsync("ledamot");
        // The steering picture and the approved reports, checked above; every other endpoint the app maps is probed here.
        string[] steering = ["", "organisation/{id:guid}/uppfoljning/oversikt", "organisation/{id:guid}/uppfoljning/oversikt/tertial", "organisation/{id:guid}/arenden/statistik", "forklaring/{goalId:guid}/{period}", "indikatorer/{id:guid}/trend",
            "organisation/{id:guid}/uppfoljning/{period}", "organisation/{id:guid}/uppfoljning/{period}/dokument"];
        Guid[] ids = [board.Municipality.Id, board.Nämnd.Id, board.Unit.Id, board.Goal.Id, board.Indicator.Id, board.MatterId, board.RiskId, .. board.ReportIds];
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Contains("GET"))
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/')).Distinct().ToList();
        var leaks = new List<string>();
        var probed = 0;
        foreach (var pattern in endpoints.Where(p => !p.Contains("logga-ut", StringComparison.Ordinal)))
        {
            foreach (var id in pattern.Contains("guid", StringComparison.Ordinal) ? ids : [Guid.Empty])
            {
                foreach (var period in pattern.Contains("{period", StringComparison.Ordinal) ? ["2024-02", "2024-03"] : new[] { "2024-02" })
                {
                    var path = "/" + Parameter().Replace(pattern, m => m.Groups["constraint"].Value.Contains("guid", StringComparison.Ordinal) ? id.ToString()
                        : m.Groups["constraint"].Value.Contains("int", StringComparison.Ordinal) ? "2024"
                        : m.Groups["name"].Value.StartsWith("period", StringComparison.OrdinalIgnoreCase) ? period : "v1");
                    var page = await session.GetAsync(path);
                    probed++;
                    var shows = page.Status == HttpStatusCode.OK && (page.Body.Contains("Hemtjänst Norr", StringComparison.Ordinal) || page.Body.Contains(board.Unit.Id.ToString(), StringComparison.Ordinal));
                    if (Secrets.FirstOrDefault(s => page.Body.Contains(s, StringComparison.Ordinal)) is { } secret)
                    {
                        leaks.Add($"{path} → {(int)page.Status} shows “{secret}”");
                    }
                    else if (shows && !steering.Contains(pattern))
                    {
                        leaks.Add($"{path} → 200 shows the board's unit");
                    }
                }
            }
        }

        leaks.ShouldBeEmpty();
        probed.ShouldBeGreaterThan(300, "every page and API call, with each of the board's ids");
    }

    [Fact]
    public async Task ABoardMembersGrant_NeverIncludesTheRegister_AndSaysWhy()
    {
        var board = await BoardAsync();
        var user = await Data.CreateUserAsync("ledamot2");
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AccessService>().UseSystemAccess();
        var service = scope.ServiceProvider.GetRequiredService<GrantService>();

        var refused = await Should.ThrowAsync<ValidationException>(() => service.GrantAsync(user.Id, board.Nämnd.Id, AccessLevel.BoardMember, includesRegister: true));

        refused.Errors.ShouldBe([new FieldError("IncludesRegister", "En nämndledamot ser aldrig registrets ärenden. Välj en annan behörighet eller ta bort bocken för registret.")]);
        (await WithDbAsync(db => db.AccessGrants.CountAsync(g => g.UserId == user.Id))).ShouldBe(0);
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)(?<constraint>(:[^}?=]+)*)(=[^}]*)?\??\}")]
    private static partial Regex Parameter();
}

public sealed class BoardMemberTests_Sqlite(SqliteFixture fixture) : BoardMemberTests(fixture), IClassFixture<SqliteFixture>;

public sealed class BoardMemberTests_PostgreSql(PostgresFixture fixture) : BoardMemberTests(fixture), IClassFixture<PostgresFixture>;
