using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.Assignments;
using Verksam.Web.Features.Controls;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;
using Verksam.Web.Features.Risks;
using Verksam.Web.Shared.Auditing;

namespace Verksam.IntegrationTests.Features.Plans;

public abstract class PlanCopyTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private OrgUnit _stockholm = null!;
    private OrgUnit _hemtjanst = null!;
    private Goal _unitGoal = null!;
    private WebSession _manager = null!;

    private async Task ArrangeAsync()
    {
        var stockholm = _stockholm = await Data.CreateUnitAsync("Stockholms stad");
        var board = await Data.CreateUnitAsync("Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, stockholm);
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, board);
        var kf = await Data.CreateGoalAsync(stockholm, GoalLevel.CouncilDirection, "Ett Stockholm som håller samman", number: "1");
        var boardGoal = await Data.CreateGoalAsync(board, GoalLevel.Board, "Äldre lever ett tryggt och meningsfullt liv", kf, number: "1.4");
        _unitGoal = await Data.CreateGoalAsync(_hemtjanst, GoalLevel.Unit, "Kunderna erbjuds god kvalitet med hög delaktighet", boardGoal);
        var indicator = await Data.CreateIndicatorAsync(_hemtjanst, "Andelen nöjda omsorgstagare i hemtjänst", "G: 86-100% A: 70-85% R: 0-69%", annualTarget: 86);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            var goal = await db.Goals.SingleAsync(g => g.Id == _unitGoal.Id);
            goal.ExpectedResults = "- Andelen kunder som upplever delaktighet ökar.";
            db.GoalIndicators.Add(new GoalIndicator { GoalId = _unitGoal.Id, IndicatorId = indicator.Id, OrgUnitId = _hemtjanst.Id, Weight = 1 });
            db.Activities.Add(new Activity { Id = Guid.NewGuid(), GoalId = _unitGoal.Id, OrgUnitId = _hemtjanst.Id, Title = "Uppföljning av ledningssystem", StartDate = new DateOnly(2023, 1, 1), EndDate = new DateOnly(2023, 12, 31), Status = ActivityStatus.Done, Version = Guid.NewGuid() });
            db.Outcomes.Add(new Verksam.Web.Features.Indicators.Outcome { Id = Guid.NewGuid(), IndicatorId = indicator.Id, OrgUnitId = _hemtjanst.Id, Period = Verksam.Web.Domain.Periods.Period.WholeYear(2023), Value = 88, Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        }

        await Data.CreateUserAsync("ec.hemtjanst", grants: (_hemtjanst, AccessLevel.Edit));
        _manager = await LoginAsync("ec.hemtjanst");
        await _manager.SubmitAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/avsnitt/uppdrag?ar=2023", new Dictionary<string, string> { ["Text"] = "Hemtjänstens uppdrag 2023." });
    }

    private async Task<(List<Goal> Goals, int Outcomes, List<PlanSectionText> Texts)> SnapshotAsync(int year)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var goals = await db.Goals.AsNoTracking().Where(g => g.Year == year).OrderBy(g => g.Level).ToListAsync();
        var outcomes = await db.Outcomes.CountAsync(o => o.Year == year);
        var texts = await (from t in db.PlanSectionTexts.AsNoTracking() join p in db.OperationalPlans on t.PlanId equals p.Id where p.Year == year select t).ToListAsync();
        return (goals, outcomes, texts);
    }

    private Task<WebSession.PageResult> CopyAsync() =>
        _manager.SubmitAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan?ar=2023", new Dictionary<string, string>(), "form[action*=Copy]");

    [Fact]
    public async Task Copy_CarriesTheQualityWork_RisksControlsWheelAndWhatIsUnfinished_WithoutThisYearsMarks()
    {
        await ArrangeAsync();
        var risk = Guid.NewGuid();
        var control = Guid.NewGuid();
        var assignment = Guid.NewGuid();
        await WithDbAsync(async db =>
        {
            var u = _hemtjanst.Id;
            db.Risks.Add(new Risk { Id = risk, OrgUnitId = u, Year = 2023, Description = "Brister i dokumentationen", GoalId = _unitGoal.Id, Likelihood = 4, Consequence = 4, InFollowUp = true, Version = Guid.NewGuid() });
            db.SelfMonitorings.Add(new SelfMonitoring { Id = control, OrgUnitId = u, Year = 2023, RiskId = risk, Title = "Journalgranskning", Months = 0b100000000100, Responsible = "Enhetschef", Version = Guid.NewGuid() });
            db.QualityActions.AddRange(
                new QualityAction { Id = Guid.NewGuid(), OrgUnitId = u, Year = 2023, RiskId = risk, Title = "Utbilda i dokumentation", Status = ActionStatus.Ongoing, DueDate = new DateOnly(2024, 3, 31), Version = Guid.NewGuid() },
                new QualityAction { Id = Guid.NewGuid(), OrgUnitId = u, Year = 2023, RiskId = risk, Title = "Ny mall", Status = ActionStatus.Done, Version = Guid.NewGuid() });
            db.WheelActivities.Add(new WheelActivity { Id = Guid.NewGuid(), OrgUnitId = u, Year = 2023, Month = 3, Title = "Brukarundersökning", Mark = Verksam.Web.Domain.Scales.Rag.Green, Comment = "Genomförd.", Version = Guid.NewGuid() });
            db.Assignments.AddRange(
                new Assignment { Id = assignment, OrgUnitId = u, Year = 2023, Title = "Införa digital nyckelhantering", Status = AssignmentStatus.Ongoing, Version = Guid.NewGuid() },
                new Assignment { Id = Guid.NewGuid(), OrgUnitId = u, Year = 2023, Title = "Klart uppdrag", Status = AssignmentStatus.Done, Version = Guid.NewGuid() });
            db.AssignmentGoals.Add(new AssignmentGoal { AssignmentId = assignment, GoalId = _unitGoal.Id, OrgUnitId = u });
            await db.SaveChangesAsync();
        });

        var result = await CopyAsync();
        var page = await _manager.GetAsync(result.Location!);

        WebSession.Squash(page.Document.QuerySelector(".notice--success")!.TextContent).ShouldContain("Kvalitetsarbetet följer med: 1 risk med sina bedömningar, 1 pågående åtgärd, 1 egenkontroll, 1 aktivitet i årshjulet och 1 pågående uppdrag.");
        await WithDbAsync(async db =>
        {
            var nextGoal = await db.Goals.SingleAsync(g => g.Year == 2024 && g.CopiedFromId == _unitGoal.Id);
            var copiedRisk = await db.Risks.SingleAsync(r => r.Year == 2024);
            (copiedRisk.Description, copiedRisk.Likelihood, copiedRisk.Consequence, copiedRisk.InFollowUp, copiedRisk.GoalId).ShouldBe(("Brister i dokumentationen", 4, 4, true, nextGoal.Id));
            (await db.SelfMonitorings.SingleAsync(c => c.Year == 2024)).RiskId.ShouldBe(copiedRisk.Id);
            var action = await db.QualityActions.SingleAsync(a => a.Year == 2024);
            (action.Title, action.RiskId, action.DueDate).ShouldBe(("Utbilda i dokumentation", copiedRisk.Id, new DateOnly(2024, 3, 31)));
            var wheel = await db.WheelActivities.SingleAsync(w => w.Year == 2024);
            (wheel.Title, wheel.Month, wheel.Mark, wheel.Comment).ShouldBe(("Brukarundersökning", 3, null, null));
            var copiedAssignment = await db.Assignments.SingleAsync(a => a.Year == 2024);
            copiedAssignment.Title.ShouldBe("Införa digital nyckelhantering");
            (await db.AssignmentGoals.SingleAsync(l => l.AssignmentId == copiedAssignment.Id)).GoalId.ShouldBe(nextGoal.Id);
            (await db.Risks.CountAsync(r => r.Year == 2023)).ShouldBe(1, "this year's risks stay as they are");
            return 0;
        });
    }

    [Fact]
    public async Task Copy_CarriesGoalsTextsIndicatorsActivitiesAndSections_MarkedForReview()
    {
        await ArrangeAsync();

        var result = await CopyAsync();

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        var (goals, outcomes, texts) = await SnapshotAsync(2024);
        goals.Count.ShouldBe(3);
        goals.ShouldAllBe(g => g.NeedsReview && g.CopiedFromId != null);
        var unitGoal = goals.Single(g => g.Level == GoalLevel.Unit);
        unitGoal.ExpectedResults.ShouldBe("- Andelen kunder som upplever delaktighet ökar.");
        unitGoal.ParentId.ShouldBe(goals.Single(g => g.Level == GoalLevel.Board).Id);
        outcomes.ShouldBe(0);
        texts.ShouldHaveSingleItem().Text.ShouldBe("Hemtjänstens uppdrag 2023.");
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var indicator = await db.Indicators.AsNoTracking().SingleAsync(i => i.Year == 2024);
        (indicator.AnnualTarget, indicator.NeedsReview).ShouldBe((86m, true));
        (await db.GoalIndicators.AnyAsync(l => l.GoalId == unitGoal.Id && l.IndicatorId == indicator.Id)).ShouldBeTrue();
        var activity = await db.Activities.AsNoTracking().SingleAsync(a => a.GoalId == unitGoal.Id);
        (activity.StartDate, activity.EndDate, activity.Status).ShouldBe((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), ActivityStatus.Planned));
        var page = await _manager.GetAsync($"/mal/{unitGoal.Id}");
        page.Document.QuerySelector("h1 .caption")!.TextContent.ShouldStartWith("1.4.1 Enhetsmål");
    }

    [Fact]
    public async Task Copy_WhereNextYearsCouncilGoalsExist_PlacesTheCopiesUnderThem_AndMakesNoSecondSet()
    {
        await ArrangeAsync();
        // Hägersten-Älvsjö's plan for 2024 already holds the council's goals of 2024, entered for that year.
        var hagersten = await Data.CreateUnitAsync("Hägersten-Älvsjö stadsdelsnämnd", OrgUnitKind.Board, _stockholm);
        var kf2024 = await Data.CreateGoalAsync(_stockholm, GoalLevel.CouncilDirection, "Ett Stockholm som  håller samman", number: "1", year: 2024);
        await Data.CreateGoalAsync(hagersten, GoalLevel.Board, "Hägersten-Älvsjös nämndmål", kf2024, year: 2024);

        var result = await CopyAsync();

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        var goals = (await SnapshotAsync(2024)).Goals;
        goals.Where(g => g.OrgUnitId == _stockholm.Id).Select(g => g.Id).ShouldBe([kf2024.Id], "the council's goal of 2024 is used, not copied again");
        var boardGoal = goals.Single(g => g.Level == GoalLevel.Board && g.CopiedFromId != null);
        boardGoal.ParentId.ShouldBe(kf2024.Id);
        goals.Single(g => g.Level == GoalLevel.Unit).ParentId.ShouldBe(boardGoal.Id);
    }

    [Fact]
    public async Task Copy_OfTheDemosHemtjanst_KeepsItsNumbers_AndListsTheCouncilsGoalsInNumberOrder()
    {
        var admin = await DemoAsync("administrator");
        var unit = $"/organisation/{Verksam.Web.Operations.Demo.DemoData.SkarpnackHemtjanst}";
        static List<string> Numbered(WebSession.PageResult page, string level) =>
            System.Text.RegularExpressions.Regex.Matches(WebSession.Squash(page.Document.QuerySelector("main")!.TextContent), $@"\b(\d+(?:\.\d+)*) {level}\b")
                .Select(m => m.Groups[1].Value).ToList();
        var before = await admin.GetAsync($"{unit}/mal?ar=2023");

        (await admin.SubmitAsync($"{unit}/verksamhetsplan?ar=2023", WebSession.NoFields, "form[action*=Copy]")).Status.ShouldBe(HttpStatusCode.Redirect);

        var after = await admin.GetAsync($"{unit}/mal?ar=2024");
        // Hägersten-Älvsjö's VB 2024 made the council's goals of 2024 and its own nämndmål under them: Skarpnäck's copied
        // nämndmål keep their own numbers, and the council's goals read 3.1, 3.3 … whatever order they were entered in.
        Numbered(after, "Nämndmål").ShouldContain("1.3.1");
        Numbered(after, "Enhetsmål").ShouldBe(Numbered(before, "Enhetsmål"));
        var council = Numbered(after, "KF:s mål för verksamhetsområdet");
        council.ShouldBe(council.OrderBy(n => n, GoalNumberComparer.Instance).ToList());
        council.ShouldContain("3.1");
    }

    [Fact]
    public async Task Copy_NeverChangesLastYearsPlan()
    {
        await ArrangeAsync();
        var before = await SnapshotAsync(2023);
        var auditBefore = (await Data.AuditEventsAsync()).Count;

        await CopyAsync();

        var after = await SnapshotAsync(2023);
        after.Goals.Select(g => (g.Id, g.Title, g.ParentId, g.ExpectedResults, g.Version)).ShouldBe(before.Goals.Select(g => (g.Id, g.Title, g.ParentId, g.ExpectedResults, g.Version)));
        after.Outcomes.ShouldBe(before.Outcomes);
        after.Texts.Select(t => (t.Id, t.Text, t.Version)).ShouldBe(before.Texts.Select(t => (t.Id, t.Text, t.Version)));
        var events = (await Data.AuditEventsAsync()).Skip(auditBefore).ToList();
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.Action == AuditAction.Created);
    }

    [Fact]
    public async Task Copy_Twice_IsRefusedAndChangesNothing()
    {
        await ArrangeAsync();
        await CopyAsync();
        var count = (await SnapshotAsync(2024)).Goals.Count;

        var again = await CopyAsync();

        again.ErrorMessages.ShouldBe(["Enheten har redan en plan, mål eller indikatorer för 2024. Kopieringen skriver aldrig över; ändra i 2024 års plan direkt."]);
        (await SnapshotAsync(2024)).Goals.Count.ShouldBe(count);
    }

    [Fact]
    public async Task Copy_ByAUserOfAnotherUnit_Is404()
    {
        await ArrangeAsync();
        var huddinge = await Data.CreateUnitAsync("Huddinge kommun");
        var ifo = await Data.CreateUnitAsync("Individ- och familjeomsorg vuxna", OrgUnitKind.Unit, await Data.CreateUnitAsync("Socialnämnden", OrgUnitKind.Board, huddinge));
        await Data.CreateUserAsync("ec.ifo", grants: (ifo, AccessLevel.Edit));
        var other = await LoginAsync("ec.ifo");
        var token = (await other.GetAsync($"/organisation/{ifo.Id}/verksamhetsplan")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var result = await other.PostWithoutTokenAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan?ar=2023&handler=Copy", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        result.Status.ShouldBe(HttpStatusCode.NotFound);
        (await SnapshotAsync(2024)).Goals.ShouldBeEmpty();
    }
}

public sealed class PlanCopyTests_Sqlite(SqliteFixture fixture) : PlanCopyTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PlanCopyTests_PostgreSql(PostgresFixture fixture) : PlanCopyTests(fixture), IClassFixture<PostgresFixture>;
