using System.Net;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Goals;

public abstract class GoalPlanTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string BoardNumber = "1.3.2";

    private OrgUnit _stockholm = null!;
    private OrgUnit _avdelning = null!;
    private OrgUnit _hemtjanst = null!;
    private OrgUnit _sibling = null!;
    private Goal _department = null!;
    private Goal _unitGoal = null!;
    private Goal _siblingGoal = null!;
    private WebSession _manager = null!;

    private async Task ArrangeAsync()
    {
        _stockholm = await Data.CreateUnitAsync("Stockholms stad");
        var board = await Data.CreateUnitAsync("Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, _stockholm);
        _avdelning = await Data.CreateUnitAsync("Avdelning äldreomsorg", OrgUnitKind.Department, board);
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, _avdelning);
        _sibling = await Data.CreateUnitAsync("Skarpnäcks äldreboende", OrgUnitKind.Unit, _avdelning);
        var kf = await Data.CreateGoalAsync(_stockholm, GoalLevel.CouncilDirection, "Ett Stockholm som håller samman", number: "1");
        var area = await Data.CreateGoalAsync(_stockholm, GoalLevel.CouncilArea, "Stockholms stad ska ge stöd och omsorg där behoven är som störst", kf, number: "1.3");
        var boardGoal = await Data.CreateGoalAsync(board, GoalLevel.Board, "Barn, unga och vuxna har egna resurser att leva självständiga liv", area, number: "1.3.2");
        _department = await Data.CreateGoalAsync(_avdelning, GoalLevel.Department, "Människor lever självständiga liv och är delaktiga i samhället", boardGoal, number: BoardNumber + ".1");
        _unitGoal = await Data.CreateGoalAsync(_hemtjanst, GoalLevel.Unit, "Personer som har insatser av hemtjänsten eller personligt stöd upplever delaktighet", _department);
        _siblingGoal = await Data.CreateGoalAsync(_sibling, GoalLevel.Unit, "Boendets eget mål", _department);
        await Data.CreateUserAsync("ec.hemtjanst", grants: (_hemtjanst, AccessLevel.Edit));
        _manager = await LoginAsync("ec.hemtjanst");
    }

    private static Dictionary<string, string> TextsForm(string title, string description, string expected = "") => new()
    {
        ["Input.Title"] = title,
        ["Input.Texts[Description]"] = description,
        ["Input.Texts[ExpectedResults]"] = expected,
        ["Input.Texts[WorkingMethod]"] = "Kontaktmannaskap och genomförandeplaner.",
        ["Input.Texts[ResourceUse]"] = "Inom befintlig budget.",
        ["Input.Texts[FollowUp]"] = "Uppföljning sker i T1, T2 och VB.",
        ["Input.Texts[Development]"] = "Utveckla arbetet med genomförandeplaner.",
    };

    [Fact]
    public async Task UnitGoal_IsNumberedFromTheTree()
    {
        await ArrangeAsync();

        var page = await _manager.GetAsync($"/mal/{_unitGoal.Id}");

        page.Document.QuerySelector("h1 .caption")!.TextContent.ShouldStartWith("1.3.2.1.1 Enhetsmål");
        page.Document.QuerySelectorAll(".goal-parents .caption").Select(c => c.TextContent.Split(' ')[0]).ShouldBe(["1", "1.3", "1.3.2", "1.3.2.1"]);
    }

    [Fact]
    public async Task SixTexts_AreSavedAndShownAsTextWithListsNeverAsMarkup()
    {
        await ArrangeAsync();

        var result = await _manager.SubmitAsync($"/mal/{_unitGoal.Id}/andra",
            TextsForm(_unitGoal.Title, "Beskrivning med <script>alert('x')</script>", "- Ökad delaktighet\n- Fler genomförandeplaner"));
        var page = await _manager.GetAsync($"/mal/{_unitGoal.Id}");

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent).Take(6)
            .ShouldBe(["Beskrivning", "Förväntat resultat", "Arbetssätt", "Resursanvändning", "Uppföljning", "Utveckling"]);
        page.Document.QuerySelectorAll("main script").Length.ShouldBe(0);
        page.Body.ShouldContain("&lt;script&gt;alert(");
        page.Document.QuerySelectorAll(".plain-text li").Select(li => li.TextContent).ShouldBe(["Ökad delaktighet", "Fler genomförandeplaner"]);
        (await Data.FindGoalAsync(_unitGoal.Id)).FollowUp.ShouldBe("Uppföljning sker i T1, T2 och VB.");
    }

    [Fact]
    public async Task Number_AsTheCouncilWritesIt_IsKept_AndAnUnreadableOneRefused()
    {
        await ArrangeAsync();
        var form = TextsForm(_unitGoal.Title, "Beskrivning");

        form["Input.Number"] = "1.a";
        var refused = await _manager.SubmitAsync($"/mal/{_unitGoal.Id}/andra", form);
        form["Input.Number"] = "1.3.2.1.1 ";
        await _manager.SubmitAsync($"/mal/{_unitGoal.Id}/andra", form);
        var page = await _manager.GetAsync($"/mal/{_unitGoal.Id}");

        refused.ErrorMessages.ShouldBe(["Skriv numret som siffror med punkter emellan, till exempel 1.3.2.1.1"]);
        page.Document.QuerySelector("h1 .caption")!.TextContent.ShouldStartWith("1.3.2.1.1 Enhetsmål");
        (await Data.FindGoalAsync(_unitGoal.Id)).Number.ShouldBe("1.3.2.1.1");
    }

    [Fact]
    public async Task ReportNote_TooLongOrWithAPersonalIdentityNumber_IsRefusedNamingTheField_AndAValidOneIsSavedAndAudited()
    {
        await ArrangeAsync();
        var form = TextsForm(_unitGoal.Title, "Beskrivning.");
        var audited = await Data.AuditCountAsync();

        form["Input.ReportNote"] = new string('a', 10_001);
        var tooLong = await _manager.SubmitAsync($"/mal/{_unitGoal.Id}/andra", form);
        form["Input.ReportNote"] = "Bedömningen gäller 19121212-1212.";
        var number = await _manager.SubmitAsync($"/mal/{_unitGoal.Id}/andra", form);

        tooLong.Status.ShouldBe(HttpStatusCode.OK);
        tooLong.ErrorMessages.ShouldBe(["Not under målet i uppföljningen: texten får vara högst 10\u00A0000 tecken. Den du skrev är 10\u00A0001 tecken – korta den eller dela upp den."]);
        number.ErrorMessages.ShouldHaveSingleItem().ShouldStartWith("Not under målet i uppföljningen: texten innehåller ett personnummer.");
        number.Document.QuerySelector("#Input_ReportNote")!.TextContent.ShouldContain("19121212-1212");
        (await Data.FindGoalAsync(_unitGoal.Id)).ReportNote.ShouldBeNull();
        (await Data.AuditCountAsync()).ShouldBe(audited);

        form["Input.ReportNote"] = "*Varje delår: Sammantagen bedömning görs utifrån varje månads måluppfyllelse.";
        (await _manager.SubmitAsync($"/mal/{_unitGoal.Id}/andra", form)).Status.ShouldBe(HttpStatusCode.Redirect);

        (await Data.FindGoalAsync(_unitGoal.Id)).ReportNote.ShouldBe("*Varje delår: Sammantagen bedömning görs utifrån varje månads måluppfyllelse.");
        (await Data.AuditCountAsync()).ShouldBeGreaterThan(audited);
        (await _manager.GetAsync($"/mal/{_unitGoal.Id}/andra")).Document.QuerySelector("#Input_ReportNote")!.TextContent.ShouldStartWith("*Varje delår");
    }

    [Fact]
    public async Task Text_Of20000Characters_IsRefusedWithTheHeadingAndNothingSaved()
    {
        await ArrangeAsync();

        var result = await _manager.SubmitAsync($"/mal/{_unitGoal.Id}/andra", TextsForm("Nytt namn", new string('a', 20_000)));

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.ErrorMessages.ShouldBe(["Beskrivning: texten får vara högst 10\u00A0000 tecken. Den du skrev är 20\u00A0000 tecken – korta den eller dela upp den."]);
        result.Document.QuerySelector("#Input_Texts_Description_")!.TextContent.Length.ShouldBe(20_000);
        (await Data.FindGoalAsync(_unitGoal.Id)).Title.ShouldBe(_unitGoal.Title);
    }

    [Fact]
    public async Task Activity_EndBeforeStart_IsRefused()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync($"/mal/{_unitGoal.Id}");

        var result = await _manager.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Activity.Title"] = "Utbildning i social dokumentation",
            ["Activity.Status"] = "Planned",
            ["Activity.StartDate"] = "2099-09-01",
            ["Activity.EndDate"] = "2099-03-31",
        }, "form[action*=Activity]", $"/mal/{_unitGoal.Id}");

        result.ErrorMessages.ShouldBe(["Slutdatum kan inte vara före startdatum"]);
        (await Data.ActivitiesAsync(_unitGoal.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task LateActivity_NeedsADeviation_ThenIsFlaggedLate()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync($"/mal/{_unitGoal.Id}");
        await _manager.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Activity.Title"] = "Införa reflektionstid",
            ["Activity.StartDate"] = "2023-01-01",
            ["Activity.EndDate"] = "2099-12-31",
        }, "form[action*=Activity]", $"/mal/{_unitGoal.Id}");
        var activity = (await Data.ActivitiesAsync(_unitGoal.Id)).ShouldHaveSingleItem();
        var path = $"/aktiviteter/{activity.Id}";

        var refused = await _manager.SubmitAsync(path, new Dictionary<string, string>
        {
            ["Input.Title"] = "Införa reflektionstid",
            ["Input.StartDate"] = "2023-01-01",
            ["Input.EndDate"] = "2023-06-30",
            ["Input.Status"] = "Ongoing",
        });
        var saved = await _manager.SubmitAsync(path, new Dictionary<string, string>
        {
            ["Input.Title"] = "Införa reflektionstid",
            ["Input.StartDate"] = "2023-01-01",
            ["Input.EndDate"] = "2023-06-30",
            ["Input.Status"] = "Ongoing",
            ["Input.Deviation"] = "Försenad på grund av vakanser; startar i september.",
        });
        var goalPage = await _manager.GetAsync($"/mal/{_unitGoal.Id}");

        refused.ErrorMessages.ShouldBe(["Fyll i avvikelse: aktiviteten skulle ha varit klar 2023-06-30. Skriv varför den är sen och vad som händer nu."]);
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        goalPage.Document.QuerySelector("table.activities tbody tr")!.TextContent.ShouldContain("Försenad");
        goalPage.Document.QuerySelector("table.activities tbody tr")!.TextContent.ShouldContain("startar i september");
    }

    [Fact]
    public async Task ActivityEndedInThePast_IsAddedOnTheGoalPage_WithTheDeviationTheFormAsksFor()
    {
        await ArrangeAsync();
        var path = $"/mal/{_unitGoal.Id}";
        var fields = new Dictionary<string, string>
        {
            ["Activity.Title"] = "Införa reflektionstid",
            ["Activity.StartDate"] = "2023-01-01",
            ["Activity.EndDate"] = "2023-06-30",
            ["Activity.Status"] = "Ongoing",
        };
        var page = await _manager.GetAsync(path);
        var refused = await _manager.SubmitAsync(page, Offered(page, fields), AddActivityForm, path);
        refused.ErrorMessages.ShouldBe(["Fyll i avvikelse: aktiviteten skulle ha varit klar 2023-06-30. Skriv varför den är sen och vad som händer nu."]);

        fields["Activity.Deviation"] = "Försenad på grund av vakanser; startar i september.";
        var saved = await _manager.SubmitAsync(refused, Offered(refused, fields), AddActivityForm, path);

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var activity = (await Data.ActivitiesAsync(_unitGoal.Id)).ShouldHaveSingleItem();
        activity.Status.ShouldBe(ActivityStatus.Ongoing);
        activity.Deviation.ShouldBe("Försenad på grund av vakanser; startar i september.");
    }

    [Fact]
    public async Task ActivityEndedInThePast_MarkedDone_IsAddedOnTheGoalPageWithoutADeviation()
    {
        await ArrangeAsync();
        var path = $"/mal/{_unitGoal.Id}";
        var page = await _manager.GetAsync(path);

        var saved = await _manager.SubmitAsync(page, Offered(page, new Dictionary<string, string>
        {
            ["Activity.Title"] = "Utbildning i social dokumentation",
            ["Activity.EndDate"] = "2023-03-31",
            ["Activity.Status"] = "Done",
        }), AddActivityForm, path);

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        (await Data.ActivitiesAsync(_unitGoal.Id)).ShouldHaveSingleItem().Status.ShouldBe(ActivityStatus.Done);
    }

    private const string AddActivityForm = "form[action*=Activity]";

    /// <summary>The fields, each checked to be one the add-activity form lets a person fill in (not hidden, radio values included).</summary>
    private static Dictionary<string, string> Offered(WebSession.PageResult page, Dictionary<string, string> fields)
    {
        var form = page.Document.QuerySelector(AddActivityForm)!;
        foreach (var (name, value) in fields)
        {
            var control = form.QuerySelector($"[name='{name}']:not([type=hidden]):not([type=radio])") ?? form.QuerySelector($"input[type=radio][name='{name}'][value='{value}']");
            control.ShouldNotBeNull($"the form to add an activity has no field for {name} = {value}");
            if (control.Id is { Length: > 0 } id && control.GetAttribute("type") != "radio")
            {
                form.QuerySelector($"label[for='{id}']").ShouldNotBeNull($"{name} has no label");
            }
        }

        return fields;
    }

    [Fact]
    public async Task Unit_CannotChangeAGoalAbove_NorSeeASiblingUnitsGoal()
    {
        await ArrangeAsync();

        var above = await _manager.GetAsync($"/mal/{_department.Id}/andra");
        var aboveRead = await _manager.GetAsync($"/mal/{_department.Id}");
        var sibling = await _manager.GetAsync($"/mal/{_siblingGoal.Id}");
        var token = aboveRead.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await _manager.PostWithoutTokenAsync($"/mal/{_department.Id}/andra", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Title"] = "Ändrat av enheten",
            ["Version"] = Guid.NewGuid().ToString(),
        });

        aboveRead.Status.ShouldBe(HttpStatusCode.OK);
        above.Location!.ShouldContain("/status/403");
        posted.Location!.ShouldContain("/status/403");
        sibling.Status.ShouldBe(HttpStatusCode.NotFound);
        (await Data.FindGoalAsync(_department.Id)).Title.ShouldBe("Människor lever självständiga liv och är delaktiga i samhället");
    }

    [Fact]
    public async Task Unit_CannotCreateAGoalOfALevelAbove()
    {
        await ArrangeAsync();
        var before = (await Data.AuditEventsAsync()).Count;

        var result = await _manager.SubmitAsync($"/organisation/{_hemtjanst.Id}/mal?ar=2023", new Dictionary<string, string>
        {
            ["Input.Title"] = "Ett nämndmål skrivet av enheten",
            ["Input.Level"] = "Board",
            ["Input.ParentId"] = _department.ParentId!.Value.ToString(),
        }, "main form[method=post]");

        result.ErrorMessages.ShouldContain("Välj en nivå som enheten kan äga mål på");
        (await Data.AuditEventsAsync()).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Create_UnderAGoalOfAnotherMunicipality_IsRefused()
    {
        await ArrangeAsync();
        var huddinge = await Data.CreateUnitAsync("Huddinge kommun");
        var foreign = await Data.CreateGoalAsync(huddinge, GoalLevel.CouncilDirection, "Huddinges mål");

        var result = await _manager.SubmitAsync($"/organisation/{_hemtjanst.Id}/mal?ar=2023", new Dictionary<string, string>
        {
            ["Input.Title"] = "Enhetsmål under fel kommun",
            ["Input.Level"] = "Unit",
            ["Input.ParentId"] = foreign.Id.ToString(),
        }, "main form[method=post]");

        result.ErrorMessages.ShouldBe(["Välj ett överordnat mål på en högre nivå, för samma år, från den här enheten eller en enhet ovanför"]);
    }
}

public sealed class GoalPlanTests_Sqlite(SqliteFixture fixture) : GoalPlanTests(fixture), IClassFixture<SqliteFixture>;

public sealed class GoalPlanTests_PostgreSql(PostgresFixture fixture) : GoalPlanTests(fixture), IClassFixture<PostgresFixture>;
