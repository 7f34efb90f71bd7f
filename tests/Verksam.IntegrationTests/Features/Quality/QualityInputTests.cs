using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Quality;

/// <summary>Bad input on each of the register's forms: a Swedish message about the field, and nothing stored.</summary>
public abstract class QualityInputTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly Guid Lss = DemoData.MyndighetLss;
    private static readonly Guid Ifo = DemoData.IfoVuxna;

    [Fact]
    public async Task RiskFollowUp_RiskWithoutActions_NeedsTheDateItsPlanIsReady_ThenTheMarkShowsInTheReport()
    {
        var session = await DemoAsync("enhetschef.lss");
        var url = $"/organisation/{Lss}/risker/uppfoljning/2023-11";
        var page = await session.GetAsync(url);
        var index = page.Document.QuerySelectorAll("fieldset").ToList()
            .FindIndex(f => f.QuerySelector("legend")!.TextContent == "Utökning av köpta boendeplatser (5x4) 20");
        index.ShouldBeGreaterThanOrEqualTo(0);

        var refused = await session.SubmitAsync(page, new Dictionary<string, string> { [$"Marks[{index}].Mark"] = "Yellow" }, "main form", url);

        refused.ErrorMessages.ShouldBe(["Risken ”Utökning av köpta boendeplatser” saknar handlingsplan: skriv datum då handlingsplanen är klar."]);
        (await MarksAsync()).ShouldBe(0);

        var saved = await session.SubmitAsync(await session.GetAsync(url), new Dictionary<string, string>
        {
            [$"Marks[{index}].Mark"] = "Yellow",
            [$"Marks[{index}].ActionPlanDue"] = "2023-12-15",
            [$"Marks[{index}].Comment"] = "Plan tas fram med ekonomi.",
        }, "main form", url);

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var report = await session.GetAsync($"/organisation/{Lss}/uppfoljning/2023-11/dokument");
        var row = report.Document.QuerySelectorAll("table.document__table").Single(t => t.QuerySelector("caption")!.TextContent == "Risker i uppföljningen")
            .QuerySelectorAll("tbody tr").Single(tr => WebSession.Squash(tr.Children[1].TextContent).StartsWith("Utökning av köpta boendeplatser", StringComparison.Ordinal));
        WebSession.Squash(row.TextContent).ShouldBe("Utökning av köpta boendeplatser (5x4) 20 Handlingsplan klar 2023-12-15 ▲ Gul Plan tas fram med ekonomi.");
        (await session.GetAsync($"/organisation/{Lss}/uppfoljning/2023-12/dokument")).Body.ShouldNotContain("Plan tas fram med ekonomi.");
    }

    [Fact]
    public async Task Risk_ThreateningAGoalOfAnotherMunicipality_IsRefused()
    {
        var session = await DemoAsync("enhetschef.lss");
        Guid stockholmGoal;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            stockholmGoal = await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().Goals.Where(g => g.OrgUnitId == DemoData.Stockholm).Select(g => g.Id).FirstAsync();
        }

        var refused = await session.SubmitAsync($"/organisation/{Lss}/risk?ar=2023", new Dictionary<string, string>
        {
            ["Input.Description"] = "Risk mot fel mål",
            ["Input.GoalId"] = stockholmGoal.ToString(),
        });

        refused.ErrorMessages.ShouldBe(["Välj ett av målen för enheten och nivåerna ovanför, för samma år."]);
        (await CountAsync(db => db.Risks.CountAsync(r => r.Description == "Risk mot fel mål"))).ShouldBe(0);
    }

    [Fact]
    public async Task Action_WithoutWhatOrWhatToDo_IsRefused()
    {
        var session = await DemoAsync("enhetschef.lss");
        var riskId = await CountAsync(db => db.Risks.Where(r => r.Description == "Pandemi").Select(r => r.Id).SingleAsync());
        var before = await CountAsync(db => db.QualityActions.CountAsync(a => a.RiskId == riskId));

        var refused = await session.SubmitAsync($"/organisation/{Lss}/risk/{riskId}", new Dictionary<string, string> { ["NewAction.Responsible"] = "EC" }, "form[action*='handler=Action']");

        refused.ErrorMessages.ShouldBe(["Skriv vad åtgärden är, eller vad som ska göras."]);
        refused.Document.QuerySelector(".error-summary a")!.GetAttribute("href").ShouldBe("#NewAction_Title");
        (await CountAsync(db => db.QualityActions.CountAsync(a => a.RiskId == riskId))).ShouldBe(before);
    }

    [Fact]
    public async Task Control_NeedsWhenItRuns_AndAnActionOnlyWhenItFoundShortcomings()
    {
        var session = await DemoAsync("enhetschef.ifo");
        var url = $"/organisation/{Ifo}/egenkontroll?ar=2022";

        var refused = await session.SubmitAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Journalgranskning" });
        refused.ErrorMessages.ShouldBe(["Välj de månader kontrollen görs, eller skriv hur ofta."]);
        (await CountAsync(db => db.SelfMonitorings.CountAsync(c => c.Title == "Journalgranskning"))).ShouldBe(0);

        var saved = await session.SubmitAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Journalgranskning", ["Input.Months"] = "3" });
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var control = await CountAsync(db => db.SelfMonitorings.SingleAsync(c => c.Title == "Journalgranskning"));
        control.RunMonths().ShouldBe([3]);
        // The change log names the months the control runs in, not the number they are kept as.
        var log = WebSession.Squash((await (await LoginAsync("administrator", DemoData.Password)).GetAsync($"/organisation/{Ifo}/logg")).Body);
        log.ShouldContain("Månader: – → mars");
        log.ShouldNotContain("→ 4 ");

        var passedWithAction = await session.SubmitAsync(saved.Location!, new Dictionary<string, string>
        {
            ["Result.PerformedOn"] = "2022-03-31",
            ["Result.Passed"] = "true",
            ["Result.ActionTitle"] = "Utbildning i dokumentation",
        }, "form[action*='handler=Result']");
        passedWithAction.ErrorMessages.ShouldBe(["En åtgärd registreras bara när kontrollen visat brister."]);
        var badDate = await session.SubmitAsync(saved.Location!, new Dictionary<string, string> { ["Result.PerformedOn"] = "31 mars", ["Result.Passed"] = "true" }, "form[action*='handler=Result']");
        badDate.ErrorMessages.ShouldBe(["Datum: skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2023-12-31 – ”31 mars” gick inte att läsa"], "the message names its field");
        (await CountAsync(db => db.SelfMonitoringResults.CountAsync(r => r.ControlId == control.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task WheelActivity_InAMonth_NeedsTheMonth_AndATitle()
    {
        var session = await DemoAsync("enhetschef.lss");
        var url = $"/organisation/{Lss}/arshjul?ar=2023";
        var before = await CountAsync(db => db.WheelActivities.CountAsync(a => a.OrgUnitId == Lss));

        var refused = await session.SubmitAsync(url, new Dictionary<string, string> { ["NewActivity.Timing"] = "Month" }, "form[action*='handler=Add']");

        refused.ErrorMessages.ShouldBe(["Skriv vad aktiviteten är.", "Välj vilken månad aktiviteten hör till."], ignoreOrder: true);
        (await CountAsync(db => db.WheelActivities.CountAsync(a => a.OrgUnitId == Lss))).ShouldBe(before);

        var saved = await session.SubmitAsync(url, new Dictionary<string, string> { ["NewActivity.Title"] = "Brandövning", ["NewActivity.Timing"] = "Month", ["NewActivity.Month"] = "5", ["NewActivity.Responsible"] = "EC" }, "form[action*='handler=Add']");
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var activity = await CountAsync(db => db.WheelActivities.SingleAsync(a => a.Title == "Brandövning"));
        (activity.Month, activity.Responsible, activity.Mark).ShouldBe((5, "EC", (Rag?)null));
    }

    [Fact]
    public async Task Assignment_NeedsATitle_AndShowsTheGoalsItServesInTheReport()
    {
        var session = await DemoAsync("enhetschef.lss");
        var url = $"/organisation/{Lss}/uppdrag/redigera?ar=2023";
        var goal = await CountAsync(db => db.Goals.Where(g => g.OrgUnitId == DemoData.AldreOchOmsorgsforvaltningen && g.Perspective == "Leverans").Select(g => new { g.Id, g.Title }).SingleAsync());

        var refused = await session.SubmitAsync(url, new Dictionary<string, string> { ["Input.Commissioner"] = "Nämnden" });
        refused.ErrorMessages.ShouldBe(["Skriv uppdragets namn."]);

        var saved = await session.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Title"] = "Införa digitala hembesök",
            ["Input.Commissioner"] = "Nämnden",
            ["Input.GoalIds"] = goal.Id.ToString(),
            ["Input.Aim"] = "Kortare väntan på första besök.",
            ["Input.Status"] = "Ongoing",
        });

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var report = await session.GetAsync($"/organisation/{Lss}/uppfoljning/2023-11/dokument");
        var row = report.Document.QuerySelectorAll("table.document__table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Uppdrag", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Single(tr => WebSession.Squash(tr.Children[0].TextContent) == "Införa digitala hembesök");
        row.Children.Select(c => WebSession.Squash(c.TextContent)).ShouldBe(["Införa digitala hembesök", "Nämnden", $"{goal.Title} Kortare väntan på första besök.", "Pågår", ""]);
    }

    [Fact]
    public async Task Process_NeedsAName_AndQualityPlanSectionsAreWrittenOnTheirOwnPage()
    {
        var session = await DemoAsync("enhetschef.ifo");
        var before = await CountAsync(db => db.QualityProcesses.CountAsync(p => p.OrgUnitId == Ifo));

        var refused = await session.SubmitAsync($"/organisation/{Ifo}/processer", new Dictionary<string, string> { ["Name"] = "  " }, "main form:not(.inline-form)");
        refused.ErrorMessages.ShouldBe(["Skriv processens namn."]);
        (await CountAsync(db => db.QualityProcesses.CountAsync(p => p.OrgUnitId == Ifo))).ShouldBe(before);

        var section = $"/organisation/{Ifo}/kvalitetsplan/avsnitt/kvalitet-syfte?ar=2022";
        var saved = await session.SubmitAsync(section, new Dictionary<string, string> { ["Text"] = "Kvalitetsarbetet ska göra verksamheten bättre för brukarna." });
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        saved.Location.ShouldBe($"/organisation/{Ifo}/kvalitetsplan?ar=2022");
        var document = await session.GetAsync($"/organisation/{Ifo}/kvalitetsplan/dokument?ar=2022");
        document.Body.ShouldContain("Kvalitetsarbetet ska göra verksamheten bättre för brukarna.");
        // The verksamhetsplan's template has no such section: the key belongs to the quality plan only.
        (await session.GetAsync($"/organisation/{Ifo}/verksamhetsplan/avsnitt/kvalitet-syfte?ar=2022")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    private Task<int> MarksAsync() => CountAsync(db => db.RiskFollowUps.CountAsync());

    private async Task<T> CountAsync<T>(Func<VerksamDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VerksamDbContext>());
    }
}

public sealed class QualityInputTests_Sqlite(SqliteFixture fixture) : QualityInputTests(fixture), IClassFixture<SqliteFixture>;

public sealed class QualityInputTests_PostgreSql(PostgresFixture fixture) : QualityInputTests(fixture), IClassFixture<PostgresFixture>;
