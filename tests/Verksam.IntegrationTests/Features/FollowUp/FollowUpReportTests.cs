using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Shared.Validation;

namespace Verksam.IntegrationTests.Features.FollowUp;

public abstract class FollowUpReportTests(AppFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>
    /// Seed 000 (Månadsrapport september 2023, Myndighet LSS): indicator, the outcome as the seed writes it, and the
    /// Bedömning column (null where the seed leaves it empty).
    /// </summary>
    private static readonly (string Indicator, string Outcome, string? Colour)[] Seed000September =
    [
        ("Pulsmätning: Jag kan utföra mina arbetsuppgifter i nivå med arbetsgivarens förväntningar.", "Stämmer helt: 45, Stämmer oftast: 55, Stämmer oftast inte: 0, Stämmer inte alls: 0", null),
        ("Pulsmätning: Jag kan utföra mina arbetsuppgifter i nivå med mina egna och kollegors förväntningar.", "Stämmer helt: 36, Stämmer oftast: 64, Stämmer oftast inte: 0, Stämmer inte alls: 0", null),
        ("Pulsmätning: Min arbetssituation tillåter mig att utvecklas i yrkesrollen.", "Stämmer helt: 36, Stämmer oftast: 45, Stämmer oftast inte: 18, Stämmer inte alls: 0", null),
        ("Pulsmätning: Min arbetssituation tillåter mig att vara delaktig i verksamhetens utveckling.", "Stämmer helt: 45, Stämmer oftast: 45, Stämmer oftast inte: 9, Stämmer inte alls: 9", null),
        ("Hur nöjd är du sammantaget med din specifika arbetsplats?", "Mycket nöjd: 5, Ganska nöjd: 6, Ganska missnöjd: 0, Mycket missnöjd: 0", null),
        ("Ärendemängd per vuxenhandläggare, antal brukare. Medelvärde", "51", "Grön"),
        ("Ärendemängd per barnhandläggare, antal brukare. Medelvärde", "50", "Grön"),
        ("Har du under september tagit arbetsrelaterad kontakt med funktion inom annan förvaltning?", "Ja: 7, Nej: 0, Inte haft behov: 4", null),
        ("Upplever du att det var lätt att komma i kontakt med rätt person?", "Ja: 7, Nej: 0, Inte haft behov: 4", null),
        ("Resulterade samarbetet i att du kom vidare i din arbetsuppgift?", "Ja: 7, Nej: 0, Inte haft behov: 4", null),
        ("Andel domar enligt myndighetens förslag", "27 av 29 = 93 %", "Grön"),
        ("Antal årligen uppföljda tillsvidare (eller fleråriga) beslut", "33", "Grön"),
        ("Utredningstid för LSS-utredning/månadsvis Personlig assistans", "33", "Grön"),
        ("Utredningstid för LSS-utredning/månadsvis Övriga LSS-insatser", "45", "Grön"),
        ("Andel av kostnader som går till personlig assistans.", "–", null),
        ("Andel köpta platser bostad med särskild service.", "11,5 %", null),
        ("Andel köpta platser daglig verksamhet", "6 %", null),
        ("Antal lediga LSS-boendeplatser i egen regi", "2", null),
        ("Har du ägnat dig åt att aktivt informera om och/eller förhållit dig till enhetens boendetrappa?", "Ja: 45, Nej: 0, Inte haft behov: 55", null),
        ("Har du ägnat dig åt att rensa i din inbox under den senaste månaden?", "82", null),
        ("Har du ägnat dig åt att rensa i din personliga mapp under den senaste månaden?", "80", null),
    ];

    private static string Url(string period) => $"/organisation/{DemoData.MyndighetLss}/uppfoljning/{period}";

    [Fact]
    public async Task September2023_ShowsSeed000sEventsIndicatorsOutcomesColoursAndTexts()
    {
        var session = await DemoAsync("enhetschef.lss");

        var page = await session.GetAsync(Url("2023-09"));

        page.Status.ShouldBe(HttpStatusCode.OK);
        var rows = page.Document.QuerySelectorAll(".report-indicators tbody tr")
            .Select(tr => tr.Children.Select(c => WebSession.Squash(c.TextContent)).ToList()).ToList();
        foreach (var (indicator, outcome, colour) in Seed000September)
        {
            var row = rows.SingleOrDefault(r => r[0].StartsWith(indicator, StringComparison.Ordinal)).ShouldNotBeNull(indicator);
            row[2].ShouldStartWith(outcome, customMessage: indicator);
            row[4].ShouldBe(colour is null ? "–" : (colour == "Grön" ? "● " : "▲ ") + colour, indicator);
        }

        var text = WebSession.Squash(page.Document.QuerySelector("main")!.TextContent);
        text.ShouldContain("Godkänd");
        foreach (var e in new[] { "MI-utbildning genomförd för halva gruppen", "Två medverkade på Tyresöfestivalen", "EC på Socialchefsdagarna" })
        {
            text.ShouldContain(e);
        }

        text.ShouldContain("Extra resurser som är bra och duktiga.");
        text.ShouldContain("33 uppföljningar genomförda.");
        text.ShouldContain("Villa Bansjön förväntas fullbelagt första kvartalet 2024.");
        text.ShouldContain("Se nämndrapporten.");
        text.ShouldContain("Nämndmål: Äldre- och omsorgsförvaltningens medarbetare är motiverade");
        // The four goals were judged "A" for September although the indicators propose green for most.
        page.Document.QuerySelectorAll(".report-goal p strong").Count(p => p.TextContent.StartsWith("Den här månaden", StringComparison.Ordinal)).ShouldBe(4);
        WebSession.Squash(string.Join(" ", page.Document.QuerySelectorAll(".report-goal > p").Select(p => p.TextContent)))
            .Split("Den här månaden:").Skip(1).ShouldAllBe(s => s.TrimStart().StartsWith("▲ Gul", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_YellowGoalWithoutExplanation_IsRefusedUntilExplained()
    {
        var session = await DemoAsync("enhetschef.lss");
        var goals = await UnitGoalsAsync();
        var colours = goals.ToDictionary(g => $"Input.Colours[{g.Id}]", g => g.Perspective == "Medarbetare" ? "Yellow" : "Green");

        var refused = await PostAsync(session, Url("2023-10"), "Submit", colours);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Målet ”På enheten arbetar alla mot en gemensam målbild. Alla tar ansvar och bidrar till…” är bedömt gul: redogör för varför och vilka åtgärder som vidtas eller planeras att vidtas"]);
        (await ReportAsync(10)).Status.ShouldBe(ReportStatus.Draft);

        var measures = $"Input.Texts[{FollowUpService.MeasuresKey(goals.Single(g => g.Perspective == "Medarbetare").Id)}]";
        var submitted = await PostAsync(session, Url("2023-10"), "Submit", new(colours) { [measures] = "Två sjukskrivningar; vikarie från november." });

        submitted.Status.ShouldBe(HttpStatusCode.Redirect);
        var report = await ReportAsync(10);
        report.Status.ShouldBe(ReportStatus.Submitted);
        report.SubmittedBy.ShouldBe("Enhetschef Myndighet LSS");
        ReportFigures.FromJson(report.Figures!).Goals.Single(g => g.Perspective == "Medarbetare").Colour.ShouldBe(Verksam.Web.Domain.Scales.Rag.Yellow);
    }

    [Fact]
    public async Task FrozenReport_KeepsItsFiguresAfterACorrection_AndShowsTheChange()
    {
        var session = await DemoAsync("enhetschef.lss");
        var before = (await ReportAsync(9)).Figures;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            var indicator = await db.Indicators.SingleAsync(i => i.OrgUnitId == DemoData.MyndighetLss && i.Name.StartsWith("Ärendemängd per vuxenhandläggare"));
            var outcome = await db.Outcomes.SingleAsync(o => o.IndicatorId == indicator.Id && o.Year == 2023 && o.StartMonth == 9 && o.EndMonth == 9);
            outcome.Value = 58;
            await db.SaveChangesAsync();
        }

        var page = await session.GetAsync(Url("2023-09"));

        (await ReportAsync(9)).Figures.ShouldBe(before);
        var row = page.Document.QuerySelectorAll(".report-indicators tbody tr").Single(tr => tr.TextContent.Contains("Ärendemängd per vuxenhandläggare", StringComparison.Ordinal));
        var cells = row.Children.Select(c => WebSession.Squash(c.TextContent)).ToList();
        cells[2].ShouldBe("51 Ändrat efter inskickning, nu: 58 (Gul)");
        cells[4].ShouldBe("● Grön");
        WebSession.Squash(page.Document.QuerySelector("#andrat")!.TextContent).ShouldStartWith("1 uppgift har ändrats sedan rapporten skickades in.");
        var document = await session.GetAsync(Url("2023-09") + "/dokument");
        WebSession.Squash(document.Document.QuerySelectorAll("article.document tr").Single(tr => tr.TextContent.Contains("Ärendemängd per vuxenhandläggare", StringComparison.Ordinal)).TextContent).ShouldContain(" 51 ");
    }

    [Fact]
    public async Task UnitManager_CannotApprove_NotEvenByPostingTheFormDirectly()
    {
        var session = await DemoAsync("enhetschef.lss");
        var august = await session.GetAsync(Url("2023-08"));
        august.Document.QuerySelector("form[action$='handler=Approve']").ShouldBeNull();
        var token = (await session.GetAsync(Url("2023-10"))).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await session.Client.PostAsync(Url("2023-08") + "?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = (await ReportAsync(8)).Version.ToString(),
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/status/403");
        (await ReportAsync(8)).Status.ShouldBe(ReportStatus.Submitted);
        (await Data.AuditEventsAsync()).ShouldContain(e => e.Action == Verksam.Web.Shared.Auditing.AuditAction.AccessDenied && e.OrgUnitId == DemoData.MyndighetLss);
    }

    [Fact]
    public async Task Approver_SendsBack_UnitCorrectsAndResubmits_ApproverApproves_EachStepAudited()
    {
        var unitManager = await DemoAsync("enhetschef.lss");
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);

        var noComment = await PostAsync(approver, Url("2023-08"), "Return", [], "form[action$='handler=Return']");
        noComment.ErrorMessages.ShouldBe(["Skriv vad enheten ska ändra innan du återremitterar rapporten"]);
        (await PostAsync(approver, Url("2023-08"), "Return", new() { ["Comment"] = "Komplettera ekonomin." }, "form[action$='handler=Return']")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await ReportAsync(8)).Status.ShouldBe(ReportStatus.Returned);

        var returned = await unitManager.GetAsync(Url("2023-08"));
        WebSession.Squash(returned.Document.QuerySelector(".notice--warning")!.TextContent).ShouldContain("Komplettera ekonomin.");
        (await PostAsync(unitManager, Url("2023-08"), "Submit", new() { ["Input.Texts[ekonomi]"] = "Budget i balans." })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(approver, Url("2023-08"), "Approve", [], "form[action$='handler=Approve']")).Status.ShouldBe(HttpStatusCode.Redirect);

        var report = await ReportAsync(8);
        report.Status.ShouldBe(ReportStatus.Approved);
        report.DecidedBy.ShouldBe("Förvaltningschef Äldre- och omsorgsförvaltningen");
        var steps = (await Data.AuditEventsAsync()).Where(e => e.EntityId == report.Id.ToString()).OrderBy(e => e.OccurredAt).Select(e => e.Changes).ToList();
        steps.ShouldContain(c => c.Contains("\"Before\":\"Submitted\",\"After\":\"Returned\"", StringComparison.Ordinal) && c.Contains("Komplettera ekonomin.", StringComparison.Ordinal));
        steps.ShouldContain(c => c.Contains("\"Before\":\"Returned\",\"After\":\"Submitted\"", StringComparison.Ordinal));
        steps.ShouldContain(c => c.Contains("\"Before\":\"Submitted\",\"After\":\"Approved\"", StringComparison.Ordinal));
        var history = WebSession.Squash((await unitManager.GetAsync(Url("2023-08"))).Document.QuerySelector("main")!.TextContent);
        history.ShouldContain("Inskickad → Återremitterad");
        history.ShouldContain("Inskickad → Godkänd");
    }

    [Fact]
    public async Task Submitter_CannotApproveTheirOwnReport()
    {
        await DemoAsync("enhetschef.lss");
        var unit = await Data.FindUnitAsync(DemoData.MyndighetLss);
        await Data.CreateUserAsync("chef.och.godkannare", false, (unit, AccessLevel.Approve));
        var session = await LoginAsync("chef.och.godkannare", TestData.Password);
        var goals = await UnitGoalsAsync();
        (await PostAsync(session, Url("2023-10"), "Submit", goals.ToDictionary(g => $"Input.Colours[{g.Id}]", _ => "Green"))).Status.ShouldBe(HttpStatusCode.Redirect);

        var refused = await PostAsync(session, Url("2023-10"), "Approve", [], "form[action$='handler=Approve']");

        refused.ErrorMessages.ShouldBe(["Du skickade själv in rapporten och kan inte godkänna den. En annan godkännare behöver göra det."]);
        (await ReportAsync(10)).Status.ShouldBe(ReportStatus.Submitted);
    }

    [Fact]
    public async Task ReopeningAnApprovedReport_NeedsAReason_UnfreezesIt_AndIsAudited()
    {
        await DemoAsync("enhetschef.lss");
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);

        (await PostAsync(approver, Url("2023-09"), "Reopen", [], "form[action$='handler=Reopen']")).ErrorMessages.ShouldBe(["Skriv varför rapporten öppnas igen"]);
        (await PostAsync(approver, Url("2023-09"), "Reopen", new() { ["Comment"] = "Utfallet för vuxenhandläggare var fel." }, "form[action$='handler=Reopen']")).Status.ShouldBe(HttpStatusCode.Redirect);

        var report = await ReportAsync(9);
        report.Status.ShouldBe(ReportStatus.Draft);
        report.Figures.ShouldBeNull();
        var changes = (await Data.AuditEventsAsync()).Where(e => e.EntityId == report.Id.ToString())
            .Select(e => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, AuditChange>>(e.Changes)!).ToList();
        changes.ShouldContain(c => c.ContainsKey("Comment") && c["Comment"].After == "Utfallet för vuxenhandläggare var fel." && c["Status"].After == "Draft");
    }

    [Fact]
    public async Task TwoEditors_SecondSaveIsRefused_BothTextsKept()
    {
        var first = await DemoAsync("enhetschef.lss");
        var second = await LoginAsync("administrator", DemoData.Password);
        var firstPage = await first.GetAsync(Url("2023-10"));
        var secondPage = await second.GetAsync(Url("2023-10"));

        (await PostFromAsync(first, firstPage, Url("2023-10"), "Save", new() { ["Input.Texts[handelser]"] = "Första personens händelser" })).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await PostFromAsync(second, secondPage, Url("2023-10"), "Save", new() { ["Input.Texts[handelser]"] = "Andra personens händelser" });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldHaveSingleItem().ShouldStartWith("Någon annan har sparat rapporten medan du arbetade med den.");
        refused.Document.QuerySelector("#Input_Texts_handelser_")!.TextContent.Trim().ShouldBe("Andra personens händelser");
        WebSession.Squash(refused.Document.QuerySelector(".other-version")!.TextContent).ShouldContain("Första personens händelser");
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var report = await ReportAsync(10);
        (await db.FollowUpTexts.SingleAsync(t => t.ReportId == report.Id && t.Key == "handelser")).Text.ShouldBe("Första personens händelser");

        // Saving again from the refused page (now carrying the current version) goes through.
        (await PostFromAsync(second, refused, Url("2023-10"), "Save", new() { ["Input.Texts[handelser]"] = "Första och andra personens händelser" })).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task OtherUnitsUser_GetsNotFound_ForTheReportItsDocumentAndTheOverview()
    {
        var session = await DemoAsync("enhetschef.hemtjanst");

        (await session.GetAsync(Url("2023-09"))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetAsync(Url("2023-09") + "/dokument")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetAsync($"/organisation/{DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning/oversikt/perioder?ar=2023")).Status.ShouldBe(HttpStatusCode.NotFound);
        var skarpnack = await LoginAsync("godkannare.skarpnack", DemoData.Password);
        var overview = await skarpnack.GetAsync($"/organisation/{DemoData.Skarpnack}/uppfoljning/oversikt/perioder?ar=2023");
        overview.Document.QuerySelector("main")!.TextContent.ShouldNotContain("Myndighet LSS");
    }

    [Fact]
    public async Task Overview_ShowsEachUnitsStatusAndColours_AndWhoIsLate()
    {
        await DemoAsync("enhetschef.lss");
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);

        var page = await approver.GetAsync($"/organisation/{DemoData.AldreOchOmsorgsforvaltningen}/uppfoljning/oversikt/perioder?ar=2023");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var row = page.Document.QuerySelectorAll(".overview tbody tr").Single(tr => tr.QuerySelector("th[scope=row]")?.TextContent == "Myndighet LSS");
        var cells = row.QuerySelectorAll("td a").Select(a => a.GetAttribute("aria-label")).ToList();
        cells[8].ShouldBe("Myndighet LSS, Sep 2023: Godkänd; mål: Gul, Gul, Gul, Gul");
        cells[7].ShouldBe("Myndighet LSS, Aug 2023: Inskickad; mål: Grön, Grön, Grön, Grön");
        cells[9].ShouldBe("Myndighet LSS, Okt 2023: Utkast, Försenad");
        cells[12].ShouldBe("Myndighet LSS, T1 2023: Godkänd");
        WebSession.Squash(page.Document.QuerySelector(".overdue")!.TextContent).ShouldContain("Inte inskickade för Dec 2023 (sista dag 2024-01-10) (1) Myndighet LSS");
    }

    [Fact]
    public async Task TertialReport_ProposesFulfilmentFromTheMonths_AndNeedsAnAnalysisWhenNotFullyMet()
    {
        var session = await DemoAsync("enhetschef.lss");
        var goals = await UnitGoalsAsync();
        var medarbetare = goals.Single(g => g.Perspective == "Medarbetare");

        var page = await session.GetAsync(Url("2023-T2"));

        // May–August were all judged green, so the months propose that the goal is fully met.
        WebSession.Squash(page.Document.QuerySelector($"#{ReportFieldId($"Input.Fulfilments[{medarbetare.Id}]")} .hint")!.TextContent)
            .ShouldBe("Förslag från indikatorerna: Uppfylls helt");
        var fulfilments = goals.ToDictionary(g => $"Input.Fulfilments[{g.Id}]", g => g == medarbetare ? "Partial" : "Full");
        await MarkEveryRiskAsync(session, "2023-T2");
        var refused = await PostAsync(session, Url("2023-T2"), "Submit", fulfilments);
        refused.ErrorMessages.ShouldBe(["Målet ”På enheten arbetar alla mot en gemensam målbild. Alla tar ansvar och bidrar till…” uppfylls inte helt: skriv en analys av varför och vad som görs"]);

        var analysis = $"Input.Texts[{FollowUpService.AnalysisKey(medarbetare.Id)}]";
        (await PostAsync(session, Url("2023-T2"), "Submit", new(fulfilments) { [analysis] = "Sjukfrånvaron steg under sommaren." })).Status.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var report = await db.FollowUpReports.AsNoTracking().SingleAsync(r => r.OrgUnitId == DemoData.MyndighetLss && r.PeriodKind == Verksam.Web.Domain.Periods.PeriodKind.Tertial && r.StartMonth == 5);
        report.Status.ShouldBe(ReportStatus.Submitted);
        var stored = await db.GoalAssessments.AsNoTracking().SingleAsync(a => a.GoalId == medarbetare.Id && a.PeriodKind == Verksam.Web.Domain.Periods.PeriodKind.Tertial && a.StartMonth == 5);
        stored.Fulfilment.ShouldBe(Verksam.Web.Domain.Assessment.Fulfilment.Partial);
        stored.ProposedColour.ShouldBe(Verksam.Web.Domain.Scales.Rag.Green);
        WebSession.Squash((await session.GetAsync(Url("2023-T2") + "/dokument")).Document.QuerySelector("article.document")!.TextContent).ShouldContain("Sjukfrånvaron steg under sommaren.");
    }

    [Fact]
    public async Task AGoalsTextWithAPersonalIdentityNumber_IsRefused_NamingTheGoalAndTheField()
    {
        var session = await DemoAsync("enhetschef.lss");
        var page = await session.GetAsync(Url("2023-10"));
        var field = page.Document.QuerySelectorAll("textarea").Select(t => t.GetAttribute("name")!).First(n => n.EndsWith("-atgarder]", StringComparison.Ordinal));
        var goalId = Guid.ParseExact(field["Input.Texts[mal-".Length..^"-atgarder]".Length], "N");
        var goal = await WithDbAsync(db => db.Goals.Where(g => g.Id == goalId).Select(g => g.Title).SingleAsync());

        var refused = await PostAsync(session, Url("2023-10"), "Save", new() { [field] = "Beslut för 19811218-9876 dröjer." });

        refused.ErrorMessages.ShouldHaveSingleItem().ShouldBe(
            $"{FollowUpService.ShortTitle(goal)} – Om gul/röd, redogör för varför och vilka åtgärder som vidtas eller planeras att vidtas: texten innehåller ett personnummer. Planer och rapporter lämnas till nämnden och blir allmänna handlingar: skriv inte personnummer i dem.");
    }

    [Fact]
    public async Task ReportText_WithAPersonalIdentityNumber_IsRefused_AndNothingSaved()
    {
        var session = await DemoAsync("enhetschef.lss");
        var before = await WithDbAsync(db => db.FollowUpTexts.CountAsync());

        var refused = await PostAsync(session, Url("2023-10"), "Save", new() { ["Input.Texts[handelser]"] = "Brukaren 19811218-9876 flyttade till nytt boende." });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Viktiga händelser under månaden: texten innehåller ett personnummer. Planer och rapporter lämnas till nämnden och blir allmänna handlingar: skriv inte personnummer i dem."], "the message names the section");
        refused.Body.ShouldContain("Brukaren 19811218-9876 flyttade till nytt boende.", customMessage: "the typed text stays on the form to be corrected");
        (await WithDbAsync(db => db.FollowUpTexts.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task TertialReport_GoesInOnlyWhenEveryRiskInTheFollowUpHasItsMark()
    {
        var session = await DemoAsync("enhetschef.lss");
        var fulfilments = (await UnitGoalsAsync()).ToDictionary(g => $"Input.Fulfilments[{g.Id}]", _ => "Full");
        var riskCount = (await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/risker/uppfoljning/2023-T2")).Document.QuerySelectorAll("main form fieldset legend").Length;
        riskCount.ShouldBeGreaterThan(0);

        var refused = await PostAsync(session, Url("2023-T2"), "Submit", fulfilments);

        refused.ErrorMessages.Count.ShouldBe(riskCount);
        refused.ErrorMessages.ShouldContain("Risken ”Utökning av köpta boendeplatser (5x4) 20” är inte uppföljd för T2 2023: markera den grön, gul eller röd under ”Följ upp riskerna” innan rapporten lämnas in.");
        (await WithDbAsync(db => db.FollowUpReports.SingleAsync(r => r.OrgUnitId == DemoData.MyndighetLss && r.PeriodKind == Verksam.Web.Domain.Periods.PeriodKind.Tertial && r.StartMonth == 5))).Status.ShouldBe(ReportStatus.Draft);

        await MarkEveryRiskAsync(session, "2023-T2");
        (await PostAsync(session, Url("2023-T2"), "Submit", fulfilments)).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Marks every risk in the period's follow-up green, giving a plan date where a risk has no actions.</summary>
    private static async Task MarkEveryRiskAsync(WebSession session, string period)
    {
        var url = $"/organisation/{DemoData.MyndighetLss}/risker/uppfoljning/{period}";
        var page = await session.GetAsync(url);
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < page.Document.QuerySelectorAll("main form fieldset legend").Length; i++)
        {
            fields[$"Marks[{i}].Mark"] = "Green";
            fields[$"Marks[{i}].ActionPlanDue"] = "2023-12-15";
        }

        (await session.SubmitAsync(page, fields, "main form", url)).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task MunicipalitysOwnMonthlyTemplate_RenamesAndAddsSections_InEveryUnitsReport()
    {
        var manager = await DemoAsync("enhetschef.lss");
        var admin = await LoginAsync("administrator", DemoData.Password);
        var templates = $"/admin/kommuner/{DemoData.Tyreso}/mallar?rapport=MonthlyReport";

        // The demo's Tyresö has its own månadsrapport already (the whole year's annual wheel, as seed 000).
        (await admin.GetAsync(templates)).Document.QuerySelector("form[action*=Copy]").ShouldBeNull();
        (await admin.SubmitAsync(templates, new Dictionary<string, string> { ["Input.Title"] = "Sjukfrånvaro", ["Input.Placement"] = "AfterGoals", ["Input.Level"] = "1" }, "form[action*=Add]")).Status.ShouldBe(HttpStatusCode.Redirect);
        Guid economy;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            economy = await db.ReportTemplateSections.Where(x => x.Key == "ekonomi" && db.ReportTemplates.Any(t => t.Id == x.TemplateId && t.Kind == Verksam.Web.Features.Plans.ReportKind.MonthlyReport)).Select(x => x.Id).SingleAsync();
        }

        (await admin.SubmitAsync($"/admin/mallar/avsnitt/{economy}", new Dictionary<string, string> { ["Input.Title"] = "Ekonomi och bemanning", ["Input.Level"] = "1" })).Status.ShouldBe(HttpStatusCode.Redirect);

        var headings = (await manager.GetAsync(Url("2023-09") + "/dokument")).Document.QuerySelectorAll(".document__heading--1").Select(h => WebSession.Squash(h.TextContent)).ToList();
        headings.ShouldBe(["1 Viktiga händelser under månaden", "2 Mål", "3 Ekonomi och bemanning", "4 Uppföljning Riskhantering (följs upp regelbundet, minst vid varje delårsuppföljning)", "5 Uppföljning Uppdrag (särskilda-, nämnds- eller andra uppdrag) (följs upp regelbundet, minst vid varje delårsuppföljning)", "6 Uppföljning av årshjul", "7 Sjukfrånvaro"]);
        // The text written under the renamed section stays with it.
        WebSession.Squash((await manager.GetAsync(Url("2023-09") + "/dokument")).Document.QuerySelector("article.document")!.TextContent).ShouldContain("Ekonomi och bemanning Se nämndrapporten.");
        // The plan's template is untouched.
        (await admin.GetAsync($"/admin/kommuner/{DemoData.Tyreso}/mallar")).Document.QuerySelector("form[action*=Copy]").ShouldNotBeNull();
    }

    [Fact]
    public async Task ReportList_WithoutAYear_OpensOnTheLatestYearWithReports()
    {
        var session = await DemoAsync("enhetschef.lss");

        var page = await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/uppfoljning");

        page.Document.QuerySelector("h1")!.TextContent.ShouldEndWith("Uppföljning 2023");
        var september = page.Document.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Månadsrapport september 2023", StringComparison.Ordinal));
        WebSession.Squash(september.TextContent).ShouldBe("Månadsrapport september 2023 Godkänd 2023-10-10");
    }

    [Fact]
    public async Task EkonomiskRapport_OverTheOneLimitOfFreeText_IsRefusedNamingTheSection_AndAtTheLimitIsSaved()
    {
        var session = await DemoAsync("enhetschef.lss");

        var refused = await PostAsync(session, Url("2023-10"), "Save", new() { ["Input.Texts[ekonomi]"] = new string('x', FreeText.MaxLength + 1) });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Ekonomisk rapport: texten får vara högst 10\u00A0000 tecken. Den du skrev är 10\u00A0001 tecken – korta den eller dela upp den."]);
        refused.Document.QuerySelector("textarea[name='Input.Texts[ekonomi]']")!.TextContent.Length.ShouldBe(FreeText.MaxLength + 1);
        (await PostAsync(session, Url("2023-10"), "Save", new() { ["Input.Texts[ekonomi]"] = new string('x', FreeText.MaxLength) })).Status.ShouldBe(HttpStatusCode.Redirect);
        var saved = await session.GetAsync(Url("2023-10"));
        saved.Document.QuerySelector("textarea[name='Input.Texts[ekonomi]']")!.TextContent.Trim().Length.ShouldBe(FreeText.MaxLength);
    }

    private static string ReportFieldId(string key) => Verksam.Web.Shared.TagHelpers.ErrorSummaryTagHelper.FieldId(key);

    private async Task<List<Goal>> UnitGoalsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().Goals.AsNoTracking()
            .Where(g => g.OrgUnitId == DemoData.MyndighetLss && g.Year == 2023).ToListAsync();
    }

    private async Task<FollowUpReport> ReportAsync(int month)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().FollowUpReports.AsNoTracking()
            .SingleAsync(r => r.OrgUnitId == DemoData.MyndighetLss && r.Year == 2023 && r.PeriodKind == Verksam.Web.Domain.Periods.PeriodKind.Month && r.StartMonth == month);
    }

    /// <summary>Loads the page, then posts its form (hidden fields as loaded) with <paramref name="fields"/> to the handler.</summary>
    private static async Task<WebSession.PageResult> PostAsync(WebSession session, string url, string handler, Dictionary<string, string> fields, string form = "form.report-form") =>
        await PostFromAsync(session, await session.GetAsync(url), url, handler, fields, form);

    private static async Task<WebSession.PageResult> PostFromAsync(WebSession session, WebSession.PageResult page, string url, string handler, Dictionary<string, string> fields, string form = "form.report-form")
    {
        var element = page.Document.QuerySelector(form).ShouldNotBeNull($"form {form} on {url}");
        var values = element.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !fields.ContainsKey(i.Name!)).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        values.AddRange(fields);
        var response = await session.Client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(values));
        return await WebSession.PageResult.FromAsync(response);
    }
}

public sealed class FollowUpReportTests_Sqlite(SqliteFixture fixture) : FollowUpReportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class FollowUpReportTests_PostgreSql(PostgresFixture fixture) : FollowUpReportTests(fixture), IClassFixture<PostgresFixture>;
