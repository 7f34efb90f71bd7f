using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.Controls;
using Verksam.Web.Features.Risks;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Quality;

/// <summary>The register's rules through the pages a user posts: the matrix, the follow-up threshold, the wheel's R, and nothing lost.</summary>
public abstract class QualityRuleTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly Guid Lss = DemoData.MyndighetLss;

    private static string NewRiskUrl => $"/organisation/{Lss}/risk?ar=2023";

    [Theory]
    [InlineData("6", "4", "Sannolikhet ska vara ett heltal från 1 till 5 – ”6” ligger utanför matrisen.")]
    [InlineData("0", "4", "Sannolikhet ska vara ett heltal från 1 till 5 – ”0” ligger utanför matrisen.")]
    [InlineData("3", "9", "Konsekvens ska vara ett heltal från 1 till 5 – ”9” ligger utanför matrisen.")]
    [InlineData("3", "", "Ange både sannolikhet och konsekvens, eller ingen av dem om risken inte är bedömd än.")]
    public async Task Score_OutsideTheMatrix_IsRefusedAndNothingStored(string likelihood, string consequence, string message)
    {
        var session = await DemoAsync("enhetschef.lss");
        var before = await CountAsync();

        var page = await session.SubmitAsync(NewRiskUrl, Risk("Ny risk utanför matrisen", likelihood, consequence));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorMessages.ShouldBe([message]);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Score_IsLikelihoodTimesConsequence_InTheMunicipalitysMatrix()
    {
        var session = await DemoAsync("enhetschef.lss");

        var saved = await session.SubmitAsync(NewRiskUrl, Risk("Brist på tolkar vid hembesök", "4", "3"));

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var risk = await RiskAsync("Brist på tolkar vid hembesök");
        risk.Score.ShouldBe(12);
        RiskService.WrittenScore(risk.Likelihood, risk.Consequence).ShouldBe("(4x3) 12");
        var page = await session.GetAsync(saved.Location!);
        WebSession.Squash(page.Document.QuerySelector("main")!.TextContent).ShouldContain("Riskvärde: (4x3) 12 ▲ Gul");

        // Huddinge scores 1–4: a 5 is outside its matrix.
        var ifo = await LoginAsync("enhetschef.ifo", DemoData.Password);
        var refused = await ifo.SubmitAsync($"/organisation/{DemoData.IfoVuxna}/risk?ar=2022", Risk("Risk i Huddinge", "5", "2"));
        refused.ErrorMessages.ShouldBe(["Sannolikhet ska vara ett heltal från 1 till 4 – ”5” ligger utanför matrisen."]);
    }

    [Fact]
    public async Task NewRiskAtOrOverTheThreshold_AppearsInTheFollowUp_WithoutAnyoneAddingIt()
    {
        var session = await DemoAsync("enhetschef.lss");

        var saved = await session.SubmitAsync(NewRiskUrl, Risk("Långa väntetider på bostad med särskild service", "4", "4"));

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        (await RiskAsync("Långa väntetider på bostad med särskild service")).InFollowUp.ShouldBeTrue();
        var report = await session.GetAsync($"/organisation/{Lss}/uppfoljning/2023-10/dokument");
        var risks = report.Document.QuerySelectorAll("table.document__table").Single(t => t.QuerySelector("caption")!.TextContent == "Risker i uppföljningen");
        risks.QuerySelectorAll("tbody tr").Select(tr => WebSession.Squash(tr.Children[1].TextContent))
            .ShouldContain("Långa väntetider på bostad med särskild service (4x4) 16");

        // One below the threshold, not chosen, stays out.
        await session.SubmitAsync(NewRiskUrl, Risk("Sena kallelser till möten", "2", "3"));
        (await RiskAsync("Sena kallelser till möten")).InFollowUp.ShouldBeFalse();
        report = await session.GetAsync($"/organisation/{Lss}/uppfoljning/2023-10/dokument");
        report.Body.ShouldNotContain("Sena kallelser till möten");
    }

    [Fact]
    public async Task RiskFallingBelowTheThreshold_LeavesTheFollowUpOnlyWithAComment()
    {
        var session = await DemoAsync("enhetschef.lss");
        var risk = await RiskAsync("Oklart vad enhetens olika möten har för syfte. Svårt att hitta i olika protokoll.");
        var url = $"/organisation/{Lss}/risk/{risk.Id}";

        // Lowered to 9 but kept in: allowed, and it is still followed up.
        var lowered = await session.SubmitAsync(url, Edit(risk, "3", "3", inFollowUp: true));
        lowered.Status.ShouldBe(HttpStatusCode.Redirect);
        (await RiskAsync(risk.Description)).InFollowUp.ShouldBeTrue();

        // Taken out without a comment: refused, nothing changes.
        risk = await RiskAsync(risk.Description);
        var refused = await session.SubmitAsync(url, Edit(risk, "3", "3", inFollowUp: false));
        refused.ErrorMessages.ShouldBe(["Skriv varför risken tas bort ur uppföljningen."]);
        (await RiskAsync(risk.Description)).InFollowUp.ShouldBeTrue();

        // At 15 or more it cannot leave at all.
        var high = await RiskAsync("Utökning av köpta boendeplatser");
        var stays = await session.SubmitAsync($"/organisation/{Lss}/risk/{high.Id}", Edit(high, "5", "4", inFollowUp: false, comment: "Inte aktuell"));
        stays.ErrorMessages.ShouldBe(["En risk med riskvärde 15 eller mer ingår alltid i uppföljningen. Sänk riskvärdet först om risken ska tas bort."]);

        // With a comment it leaves, and the report says which risk and why.
        var removed = await session.SubmitAsync(url, Edit(risk, "3", "3", inFollowUp: false, comment: "Mötesstrukturen är tydliggjord i september."));
        removed.Status.ShouldBe(HttpStatusCode.Redirect);
        var stored = await RiskAsync(risk.Description);
        stored.InFollowUp.ShouldBeFalse();
        stored.RemovalComment.ShouldBe("Mötesstrukturen är tydliggjord i september.");
        var report = await session.GetAsync($"/organisation/{Lss}/uppfoljning/2023-12/dokument");
        var tables = report.Document.QuerySelectorAll("table.document__table").ToList();
        tables.Single(t => t.QuerySelector("caption")!.TextContent == "Risker i uppföljningen").TextContent.ShouldNotContain("Oklart vad enhetens olika möten");
        WebSession.Squash(tables.Single(t => t.QuerySelector("caption")!.TextContent == "Risker som tagits bort ur uppföljningen").TextContent)
            .ShouldContain("Oklart vad enhetens olika möten har för syfte. Svårt att hitta i olika protokoll. (3x3) 9 Mötesstrukturen är tydliggjord i september.");

        // Every score is kept.
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        (await db.RiskScores.Where(s => s.RiskId == risk.Id).OrderBy(s => s.ChangedAt).Select(s => s.Likelihood * s.Consequence).ToListAsync()).ShouldBe([15, 9]);
    }

    [Fact]
    public async Task WheelActivityMarkedR_IsRefusedWithoutAComment_AndNothingIsSaved()
    {
        var session = await DemoAsync("enhetschef.lss");
        var url = $"/organisation/{Lss}/arshjul?ar=2023";
        var page = await session.GetAsync(url);
        var index = IndexOf(page, "Branschdialog boendestöd", month: 10);
        var other = IndexOf(page, "Aktrensning", month: 10);

        var refused = await session.SubmitAsync(page, new Dictionary<string, string> { [$"Marks[{index}].Mark"] = "Red", [$"Marks[{other}].Mark"] = "Yellow" }, "form[action*='handler=FollowUp']", url);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["”Branschdialog boendestöd” är markerad R (inte påbörjad): skriv i kommentaren varför."]);
        refused.Document.QuerySelector(".error-summary a")!.GetAttribute("href").ShouldBe($"#Marks_{index}__Comment");
        refused.Document.QuerySelector($"textarea#Marks_{index}__Comment").ShouldNotBeNull("the message links to the comment field");
        (await ActivityAsync("Aktrensning", 10)).Mark.ShouldBe(Rag.Green);

        var saved = await session.SubmitAsync(await session.GetAsync(url), new Dictionary<string, string>
        {
            [$"Marks[{index}].Mark"] = "Red",
            [$"Marks[{index}].Comment"] = "Leverantörerna hade inte möjlighet i oktober.",
        }, "form[action*='handler=FollowUp']", url);

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var activity = await ActivityAsync("Branschdialog boendestöd", 10);
        activity.Mark.ShouldBe(Rag.Red);
        activity.Comment.ShouldBe("Leverantörerna hade inte möjlighet i oktober.");
    }

    [Fact]
    public async Task CopyingTheWheel_CarriesTheActivitiesWithoutTheirFollowUp()
    {
        var session = await DemoAsync("enhetschef.lss");

        var copied = await session.SubmitAsync($"/organisation/{Lss}/arshjul?ar=2023", WebSession.NoFields, "form[action*='handler=Copy']");

        copied.Status.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var source = await db.WheelActivities.Where(a => a.OrgUnitId == Lss && a.Year == 2023).ToListAsync();
        var next = await db.WheelActivities.Where(a => a.OrgUnitId == Lss && a.Year == 2024).ToListAsync();
        next.Count.ShouldBe(source.Count);
        next.ShouldAllBe(a => a.Mark == null && a.Comment == null);
        next.Select(a => (a.Title, a.Month, a.Responsible)).OrderBy(a => a.Month).ThenBy(a => a.Title)
            .ShouldBe(source.Select(a => (a.Title, a.Month, a.Responsible)).OrderBy(a => a.Month).ThenBy(a => a.Title));
        (await db.WheelActivities.CountAsync(a => a.OrgUnitId == Lss && a.Year == 2023 && a.Mark != null)).ShouldBe(source.Count(a => a.Mark != null));
    }

    [Fact]
    public async Task TwoPeopleEditingARisk_TheSecondSaveIsRefused_AndNothingIsLost()
    {
        var first = await DemoAsync("enhetschef.lss");
        var second = await LoginAsync("enhetschef.lss", DemoData.Password);
        var risk = await RiskAsync("Pandemi");
        var url = $"/organisation/{Lss}/risk/{risk.Id}";
        var opened = await second.GetAsync(url);

        (await first.SubmitAsync(url, Edit(risk, "2", "2", inFollowUp: true, description: "Pandemi eller annan smittspridning"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await second.SubmitAsync(opened, Edit(risk, "3", "3", inFollowUp: true, description: "Pandemi och influensa"), "main form", url);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldHaveSingleItem().ShouldContain("någon annan");
        refused.Document.QuerySelector("#Input_Description")!.TextContent.ShouldBe("Pandemi och influensa");
        (await RiskAsync("Pandemi eller annan smittspridning")).Score.ShouldBe(4);
    }

    [Fact]
    public async Task FailedEgenkontroll_RaisesAnAction_AndEveryChangeIsAudited()
    {
        var session = await DemoAsync("enhetschef.ifo");
        Guid controlId;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            controlId = (await db.SelfMonitorings.SingleAsync(c => c.Title == "Andel utredningar färdigställda inom beslutad utredningstid")).Id;
        }

        var url = $"/organisation/{DemoData.IfoVuxna}/egenkontroll/{controlId}";
        var refused = await session.SubmitAsync(url, new Dictionary<string, string> { ["Result.PerformedOn"] = "2022-05-31", ["Result.Passed"] = "false" }, "form[action*='handler=Result']");
        refused.ErrorMessages.ShouldBe(["Beskriv vilka brister kontrollen visade."]);

        var saved = await session.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Result.PerformedOn"] = "2022-05-31",
            ["Result.Passed"] = "false",
            ["Result.Note"] = "7 av 20 utredningar tog mer än 60 dagar.",
            ["Result.ActionTitle"] = "Veckovis genomgång av utredningar som närmar sig 60 dagar",
        }, "form[action*='handler=Result']");

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            (await db.SelfMonitoringResults.SingleAsync(r => r.ControlId == controlId)).Passed.ShouldBeFalse();
            var action = await db.QualityActions.SingleAsync(a => a.ControlId == controlId);
            action.Title.ShouldBe("Veckovis genomgång av utredningar som närmar sig 60 dagar");
            action.Year.ShouldBe(2022);
            var audited = await db.AuditEvents.Where(e => e.OrgUnitId == DemoData.IfoVuxna && e.ActorName == "Enhetschef Individ- och familjeomsorg vuxna").Select(e => e.EntityType).ToListAsync();
            audited.ShouldContain(nameof(SelfMonitoringResult));
            audited.ShouldContain(nameof(QualityAction));
        }
    }

    [Fact]
    public async Task Reader_SeesTheRegister_ButCannotChangeIt()
    {
        await DemoAsync("enhetschef.lss");
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);
        var before = await CountAsync();

        (await approver.GetAsync($"/organisation/{Lss}/risker?ar=2023")).Status.ShouldBe(HttpStatusCode.OK);
        var post = await approver.PostWithoutTokenAsync(NewRiskUrl, Risk("Obehörig risk", "2", "2"));

        post.Status.ShouldNotBe(HttpStatusCode.Redirect);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task RiskMatrixSettings_AreTheAdministrators_AndCannotStrandScoredRisks()
    {
        await DemoAsync("enhetschef.lss");
        var url = $"/admin/kommuner/{DemoData.Tyreso}/risker";
        var manager = await LoginAsync("enhetschef.lss", DemoData.Password);
        (await manager.GetAsync(url)).Status.ShouldNotBe(HttpStatusCode.OK);

        var admin = await LoginAsync("administrator", DemoData.Password);
        var fields = new Dictionary<string, string> { ["Input.MatrixSize"] = "4", ["Input.Threshold"] = "9", ["Input.YellowFrom"] = "5", ["Input.RedFrom"] = "9" };
        var refused = await admin.SubmitAsync(url, fields);
        refused.ErrorMessages.ShouldHaveSingleItem().ShouldEndWith("risker har sannolikhet eller konsekvens över 4. Ändra dem först, eller välj en större matris.");

        var bands = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Input.MatrixSize"] = "5", ["Input.Threshold"] = "16", ["Input.YellowFrom"] = "12", ["Input.RedFrom"] = "10" });
        bands.ErrorMessages.ShouldBe(["Röd måste börja vid ett högre riskvärde än gul."]);

        var saved = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Input.MatrixSize"] = "5", ["Input.Threshold"] = "16", ["Input.YellowFrom"] = "10", ["Input.RedFrom"] = "16" });
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var register = await admin.GetAsync($"/organisation/{Lss}/risker?ar=2023");
        var row = register.Document.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Oklart vad enhetens olika möten", StringComparison.Ordinal));
        WebSession.Squash(row.Children[2].TextContent).ShouldBe("(5x3) 15 ▲ Gul");
    }

    private static Dictionary<string, string> Risk(string description, string likelihood, string consequence) => new()
    {
        ["Input.Description"] = description,
        ["Input.Category"] = "Verksamhet",
        ["Input.Likelihood"] = likelihood,
        ["Input.Consequence"] = consequence,
    };

    private static Dictionary<string, string> Edit(Risk risk, string likelihood, string consequence, bool inFollowUp, string? comment = null, string? description = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Description"] = description ?? risk.Description,
            ["Input.Category"] = risk.Category ?? string.Empty,
            ["Input.GoalId"] = risk.GoalId?.ToString() ?? string.Empty,
            ["Input.Likelihood"] = likelihood,
            ["Input.Consequence"] = consequence,
            ["Input.RemovalComment"] = comment ?? string.Empty,
            ["Input.InFollowUp"] = inFollowUp ? "true" : "false",
        };
        return fields;
    }

    private static int IndexOf(WebSession.PageResult page, string title, int month)
    {
        var row = page.Document.QuerySelectorAll($"#manad-{month} + * tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == title);
        var name = row.QuerySelector("input[type=radio]")!.GetAttribute("name")!;
        return int.Parse(name["Marks[".Length..name.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().Risks.CountAsync();
    }

    private async Task<Risk> RiskAsync(string description)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().Risks.AsNoTracking().SingleAsync(r => r.Description == description);
    }

    private async Task<WheelActivity> ActivityAsync(string title, int month)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().WheelActivities.AsNoTracking().SingleAsync(a => a.Title == title && a.Month == month && a.Year == 2023);
    }
}

public sealed class QualityRuleTests_Sqlite(SqliteFixture fixture) : QualityRuleTests(fixture), IClassFixture<SqliteFixture>;

public sealed class QualityRuleTests_PostgreSql(PostgresFixture fixture) : QualityRuleTests(fixture), IClassFixture<PostgresFixture>;
