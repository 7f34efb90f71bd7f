using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Goals;

public abstract class GoalAssessmentTests(AppFixture fixture) : IntegrationTest(fixture)
{

    private async Task<(WebSession Session, Goal Medarbetare, Goal Finansiell, Goal Council)> DemoGoalsAsync(string user = "enhetschef.lss")
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var goals = await db.Goals.AsNoTracking().ToListAsync();
        var session = NewSession();
        await session.LoginAsync(user, DemoData.Password);
        return (session,
            goals.Single(g => g.Level == GoalLevel.Unit && g.Perspective == "Medarbetare"),
            goals.Single(g => g.Level == GoalLevel.Unit && g.Perspective == "Finansiell"),
            goals.Single(g => g.Level == GoalLevel.CouncilDirection && g.Perspective == "Medarbetare"));
    }

    [Fact]
    public async Task September_ShowsTheProposalAndTheRuleBesideThePersonsYellow()
    {
        var (session, medarbetare, _, _) = await DemoGoalsAsync();

        var page = await session.GetAsync($"/mal/{medarbetare.Id}/bedomning?period=2023-09");

        var proposal = WebSession.Squash(page.Document.QuerySelector("#proposal")!.TextContent);
        proposal.ShouldContain("Förslag: ● Grön");
        proposal.ShouldContain("sämsta färgen bland indikatorerna");
        // Seed 000 assesses only the two caseload indicators; its five survey questions are measured, not assessed.
        proposal.ShouldContain("2 av 7 indikatorer har ett bedömt utfall");
        page.Document.QuerySelector("input[name='Input.Colour'][value=Yellow]")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Finansiell_WorstColourProposal_CountsOnlyIndicatorsWithAColour()
    {
        var (session, _, finansiell, _) = await DemoGoalsAsync();

        var page = await session.GetAsync($"/mal/{finansiell.Id}/bedomning?period=2023-09");

        // Seed 000 assesses none of Finansiell's indicators: the ones with an outcome are marked not assessed, and the
        // change-scale indicators have no previous month.
        var proposal = WebSession.Squash(page.Document.QuerySelector("#proposal")!.TextContent);
        proposal.ShouldContain("Förslag: Inget förslag – ingen av indikatorerna har ett bedömt utfall för perioden.");
    }

    [Fact]
    public async Task Save_StoresColourAndMotivationBesideTheProposal()
    {
        var (session, medarbetare, _, _) = await DemoGoalsAsync();

        var result = await session.SubmitAsync($"/mal/{medarbetare.Id}/bedomning?period=2023-10", new Dictionary<string, string>
        {
            ["Input.Colour"] = "Red",
            ["Input.Motivation"] = "Två sjukskrivningar på gruppen.",
        });

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().GoalAssessments.AsNoTracking()
            .SingleAsync(a => a.GoalId == medarbetare.Id && a.StartMonth == 10);
        stored.Colour.ShouldBe(Rag.Red);
        stored.Motivation.ShouldBe("Två sjukskrivningar på gruppen.");
        stored.ProposalRule.ShouldBe(RollUpRule.WorstColour);
        stored.ProposedColour.ShouldBeNull();
        (await Data.AuditEventsAsync()).ShouldContain(e => e.EntityType == nameof(GoalAssessment) && e.EntityId == stored.Id.ToString());
    }

    [Fact]
    public async Task Save_WithoutColour_AsksForOneAndSavesNothing()
    {
        var (session, medarbetare, _, _) = await DemoGoalsAsync();

        var result = await session.SubmitAsync($"/mal/{medarbetare.Id}/bedomning?period=2023-10", new Dictionary<string, string> { ["Input.Motivation"] = "Text" });

        result.ErrorMessages.ShouldBe(["Välj en bedömning"]);
        result.Document.QuerySelector("#Input_Motivation")!.TextContent.Trim().ShouldBe("Text");
    }

    [Fact]
    public async Task Tertial_ProposesFulfilmentFromTheMonthsAssessments()
    {
        var (session, medarbetare, _, _) = await DemoGoalsAsync();

        var page = await session.GetAsync($"/mal/{medarbetare.Id}/bedomning?period=2023-T3");

        WebSession.Squash(page.Document.QuerySelector("#proposal")!.TextContent).ShouldContain("Förslag: Uppfylls delvis");
        var months = page.Document.QuerySelectorAll("main ul li").Select(li => WebSession.Squash(li.TextContent)).ToList();
        months.ShouldContain(m => m.StartsWith("Sep", StringComparison.Ordinal) && m.Contains("Gul"));
        page.Document.QuerySelectorAll("input[name='Input.Fulfilment']").Length.ShouldBe(3);
    }

    [Fact]
    public async Task GoalPage_ShowsTheJanToDecRow()
    {
        var (session, medarbetare, _, _) = await DemoGoalsAsync();

        var page = await session.GetAsync($"/mal/{medarbetare.Id}");

        var row = page.Document.QuerySelector("table.month-row")!;
        row.QuerySelectorAll("thead th").Select(th => th.TextContent).ShouldBe(["Jan", "Feb", "Mars", "April", "Maj", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dec"]);
        var cells = row.QuerySelectorAll("tbody td").Select(td => WebSession.Squash(td.TextContent)).ToList();
        cells[8].ShouldContain("Gul");
        cells[7].ShouldBe("● Grön");
        cells[9].ShouldBe("–");
    }

    [Fact]
    public async Task AdministratorChoosesShareGreen_TheProposalSaysSo()
    {
        var (_, medarbetare, _, _) = await DemoGoalsAsync();
        var admin = NewSession();
        await admin.LoginAsync("administrator", DemoData.Password);

        var saved = await admin.SubmitAsync($"/admin/kommuner/{DemoData.Tyreso}/regel", new Dictionary<string, string>
        {
            ["Input.Rule"] = "ShareGreen",
            ["Input.GreenFrom"] = "75",
            ["Input.YellowFrom"] = "50",
            ["Input.ReportDueDay"] = "10",
            ["Input.UsesMonthlyReports"] = "true",
            ["Input.UsesTertialReports"] = "true",
            ["Input.UsesAnnualReport"] = "true",
        });
        var page = await admin.GetAsync($"/mal/{medarbetare.Id}/bedomning?period=2023-09");

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        WebSession.Squash(page.Document.QuerySelector("#proposal")!.TextContent).ShouldContain("andelen gröna indikatorer");
    }

    [Fact]
    public async Task Rule_WithYellowAboveGreen_IsRefused()
    {
        await DemoGoalsAsync();
        var admin = NewSession();
        await admin.LoginAsync("administrator", DemoData.Password);

        var result = await admin.SubmitAsync($"/admin/kommuner/{DemoData.Tyreso}/regel", new Dictionary<string, string>
        {
            ["Input.Rule"] = "ShareGreen",
            ["Input.GreenFrom"] = "50",
            ["Input.YellowFrom"] = "60",
            ["Input.ReportDueDay"] = "10",
            ["Input.UsesMonthlyReports"] = "true",
            ["Input.UsesTertialReports"] = "true",
            ["Input.UsesAnnualReport"] = "true",
        });

        result.ErrorMessages.ShouldBe(["Gränsen för gul måste vara lägre än gränsen för grön"]);
    }

    [Fact]
    public async Task ReportDueDay_SetByTheAdministrator_MovesEveryReportsDueDate_AndMustBeADayFrom1To28()
    {
        await DemoGoalsAsync();
        var admin = await LoginAsync("administrator", DemoData.Password);
        var url = $"/admin/kommuner/{DemoData.Tyreso}/regel";
        var rule = new Dictionary<string, string> { ["Input.Rule"] = "WorstColour", ["Input.GreenFrom"] = "80", ["Input.YellowFrom"] = "50", ["Input.UsesMonthlyReports"] = "true", ["Input.UsesTertialReports"] = "true", ["Input.UsesAnnualReport"] = "true" };

        var refused = await admin.SubmitAsync(url, new Dictionary<string, string>(rule) { ["Input.ReportDueDay"] = "31" });
        refused.ErrorMessages.ShouldBe(["Skriv en dag från 1 till 28 som sista dag i månaden efter perioden."]);
        (await admin.SubmitAsync(url, new Dictionary<string, string>(rule) { ["Input.ReportDueDay"] = "15" })).Status.ShouldBe(HttpStatusCode.Redirect);

        var list = await admin.GetAsync($"/organisation/{DemoData.MyndighetLss}/uppfoljning?ar=2023");
        var september = list.Document.QuerySelectorAll("table tbody tr").Single(tr => tr.QuerySelector("a")?.TextContent.Contains("September", StringComparison.OrdinalIgnoreCase) == true);
        WebSession.Squash(september.TextContent).ShouldContain("2023-10-15");
    }

    [Fact]
    public async Task Rule_SecondAdministratorsStaleSave_IsRefused_KeepsTheirChoiceAndShowsTheStoredOne()
    {
        await DemoGoalsAsync();
        var first = await LoginAsync("administrator", DemoData.Password);
        var second = await LoginAsync("administrator", DemoData.Password);
        var url = $"/admin/kommuner/{DemoData.Tyreso}/regel";
        var secondsForm = await second.GetAsync(url);

        (await first.SubmitAsync(url, new Dictionary<string, string> { ["Input.Rule"] = "ShareGreen", ["Input.GreenFrom"] = "75", ["Input.YellowFrom"] = "40", ["Input.ReportDueDay"] = "10", ["Input.UsesMonthlyReports"] = "true", ["Input.UsesTertialReports"] = "true", ["Input.UsesAnnualReport"] = "true" })).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await second.SubmitAsync(secondsForm, new Dictionary<string, string> { ["Input.Rule"] = "Weighted", ["Input.GreenFrom"] = "90", ["Input.YellowFrom"] = "60", ["Input.ReportDueDay"] = "12", ["Input.UsesMonthlyReports"] = "true", ["Input.UsesTertialReports"] = "true", ["Input.UsesAnnualReport"] = "true" }, "main form", url);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.Single().ShouldContain("Någon annan har sparat");
        WebSession.Squash(refused.Document.QuerySelector("#stored-now")!.TextContent).ShouldContain("Grön från (procent) 75 Gul från (procent) 40");
        refused.Document.QuerySelector("#Input_GreenFrom")!.GetAttribute("value").ShouldBe("90");
        refused.Document.QuerySelector("#rule-Weighted")!.HasAttribute("checked").ShouldBeTrue();
        var stored = await WithDbAsync(db => db.MunicipalitySettings.SingleAsync(s => s.OrgUnitId == DemoData.Tyreso));
        (stored.RollUpRule, stored.GreenFrom, stored.YellowFrom).ShouldBe((RollUpRule.ShareGreen, 0.75m, 0.40m));

        // Saving again from the refused page, now based on what is stored, goes through.
        (await second.SubmitAsync(refused, new Dictionary<string, string> { ["Input.Rule"] = "Weighted", ["Input.GreenFrom"] = "90", ["Input.YellowFrom"] = "60", ["Input.ReportDueDay"] = "12", ["Input.UsesMonthlyReports"] = "true", ["Input.UsesTertialReports"] = "true", ["Input.UsesAnnualReport"] = "true" }, "main form", url)).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task IndicatorLinks_SecondEditorsStaleSave_IsRefused_KeepsTheirChoiceAndTheFirstOnesLinks()
    {
        var (first, medarbetare, _, _) = await DemoGoalsAsync();
        var second = await LoginAsync("enhetschef.lss", DemoData.Password);
        var url = $"/mal/{medarbetare.Id}";
        var secondsForm = await second.GetAsync(url);
        var choices = secondsForm.Document.QuerySelectorAll("input[name=Selected]").Select(i => i.GetAttribute("value")!).ToList();
        choices.Count.ShouldBeGreaterThan(1);
        const string LinksForm = "main form:not([action])";

        (await first.SubmitAsync(url, new Dictionary<string, string> { ["Selected"] = choices[0], [$"Weights[{choices[0]}]"] = "2" }, LinksForm)).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await second.SubmitAsync(secondsForm, new Dictionary<string, string> { ["Selected"] = choices[1], [$"Weights[{choices[1]}]"] = "3" }, LinksForm, url);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.Single().ShouldContain("Någon annan har sparat");
        var checkedIds = refused.Document.QuerySelectorAll("input[name=Selected][checked]").Select(i => i.GetAttribute("value")).ToList();
        checkedIds.ShouldBe([choices[1]]);
        refused.Document.QuerySelector($"input[name='Weights[{choices[1]}]']")!.GetAttribute("value").ShouldBe("3");
        var links = await WithDbAsync(db => db.GoalIndicators.Where(l => l.GoalId == medarbetare.Id).Select(l => new { l.IndicatorId, l.Weight }).ToListAsync());
        links.Select(l => (l.IndicatorId.ToString(), l.Weight)).ShouldBe([(choices[0], 2m)]);
    }

    [Fact]
    public async Task UnitManager_ReadsTheCouncilGoalAboveButCannotAssessIt()
    {
        var (session, _, _, council) = await DemoGoalsAsync();

        var page = await session.GetAsync($"/mal/{council.Id}/bedomning?period=2023-09");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await session.PostWithoutTokenAsync($"/mal/{council.Id}/bedomning?period=2023-09", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Colour"] = "Green",
        });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldContain("Bedömning Sep 2023");
        page.Document.QuerySelector("main form[method=post]").ShouldBeNull();
        posted.Location!.ShouldContain("/status/403");
        await using var scope = Factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().GoalAssessments.AnyAsync(a => a.GoalId == council.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task OtherMunicipalitysUser_Gets404ForTheGoal()
    {
        var (_, medarbetare, _, _) = await DemoGoalsAsync();
        var other = NewSession();
        await other.LoginAsync("enhetschef.hemtjanst", DemoData.Password);

        (await other.GetAsync($"/mal/{medarbetare.Id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/mal/{medarbetare.Id}/bedomning?period=2023-09")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/organisation/{DemoData.MyndighetLss}/mal")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class GoalAssessmentTests_Sqlite(SqliteFixture fixture) : GoalAssessmentTests(fixture), IClassFixture<SqliteFixture>;

public sealed class GoalAssessmentTests_PostgreSql(PostgresFixture fixture) : GoalAssessmentTests(fixture), IClassFixture<PostgresFixture>;
