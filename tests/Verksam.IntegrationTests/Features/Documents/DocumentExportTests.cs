using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Documents;

/// <summary>
/// Every report as a document: seed 003's verksamhetsberättelse read back from Word, every report type as .docx and
/// PDF (the .docx valid and converted by LibreOffice), access on the downloads, and the PDF button without Chromium.
/// </summary>
public abstract class DocumentExportTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly Guid Bestallarenheten = DemoData.Bestallarenheten;
    private static readonly string AnnualReport = $"/organisation/{Bestallarenheten}/uppfoljning/2024-VB/dokument";

    /// <summary>Seed 003's headings in their order (sub-sections of the goals left out where the seed has many).</summary>
    private static readonly string[] Seed003Headings =
    [
        "Sammanfattande analys", "Enhetens uppdrag", "Budget", "Kvalitet- och utvecklingsarbete", "Övriga utvecklingsområden", "Kompetensutveckling", "Medarbetarnas delaktighet",
        "Uppföljning av Kommunfullmäktiges inriktningsmål",
        "KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden",
        "KF:s mål för verksamhetsområdet: 1.3 Stockholms stad ska ge stöd och omsorg där behoven är som störst",
        "KF:s inriktningsmål: 2. Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning",
        "KF:s mål för verksamhetsområdet: 2.1 Stockholm ska bli klimatpositivt – genom minskade utsläpp och ökad koldioxidlagring",
        "KF:s inriktningsmål: 3. Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla",
        "KF:s mål för verksamhetsområdet: 3.3 I Stockholm ska alla ha rätt till ett bra boende som de har råd med",
        "KF:s mål för verksamhetsområdet: 3.4 Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb",
        "KF:s mål för verksamhetsområdet: 3.6 Tryggheten ska öka genom förebyggande insatser",
        "Uppföljning av ekonomi", "Analys av resultaträkning - uppföljning av driftbudget", "Investeringar", "Medel för lokaländamål", "Övrigt",
        "Systematiskt kvalitetsarbete", "Digital utveckling och innovation", "Stockholmarnas fokus", "Helhetssyn", "Hållbarhet", "Handlingsutrymme", "Lärande", "Metoder för uppföljning",
        "Övrigt", "Agenda 2030", "Arbetet med barns rättigheter", "Tillgänglighet och delaktighet", "Jämställdhet", "Egenkontroller",
        "Synpunkter och klagomål", "Synpunkter förslag och klagomål", "Lex Sarah", "Personalens medverkan i kvalitetsarbetet", "Redovisning av synpunkter och klagomål",
    ];

    [Fact]
    public async Task AnnualReport_AsWord_ReadsAsSeed003()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");

        var bytes = await DownloadAsync(session, AnnualReport + "?handler=word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = package.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => p.InnerText).ToList();
        headings.Where(Seed003Headings.Contains).ShouldBe(Seed003Headings, "seed 003's headings, in its order");
        headings.ShouldContain(h => h.StartsWith("Nämndmål: ", StringComparison.Ordinal) && h.EndsWith("Personer med funktionsnedsättning tillförsäkras självbestämmande och möjlighet att kunna delta på lika villkor i samhällets gemenskap genom de insatser som ges", StringComparison.Ordinal));
        headings.ShouldContain(h => h.StartsWith("Enhetsmål: ", StringComparison.Ordinal) && h.EndsWith("Enheten är en god arbetsgivare med en god arbetsmiljö", StringComparison.Ordinal));

        // The front matter of the tjänsteutlåtande.
        var front = Rows(body.Elements<Table>().First());
        front.ShouldContain("Kommun|Stockholms stad");
        front.ShouldContain("Dokumenttyp|Tjänsteutlåtande");
        front.ShouldContain("Dnr|HÄ 2024/696");
        front.ShouldContain("Till|Hägersten-Älvsjö stadsdelsnämnd");
        front.ShouldContain("Datum|2025-03-20");

        // Indicator rows with their figures: outcome, men, women, 2023, targets and period; and their analysis.
        var rows = body.Elements<Table>().SelectMany(Rows).ToList();
        rows.ShouldContain("Indikator|Periodens utfall|Utfall män/pojkar|Utfall kvinnor/flickor|Utfall VB 2023|Årsmål|KF:s årsmål|Period");
        rows.ShouldContain("Andel brukare som är nöjd med sin insats - Funktionsnedsättning (stöd och service till personer med funktionsnedsättning)|89 %|85 %|93 %|86 %|85 %|80 %|2024");
        rows.ShouldContain("Andel personer som själva upplever att de får en förbättrad situation av insatserna de fått från socialtjänsten (socialpsykiatri)|100 %|100 %|100 %|80,77 %|80 %|Tas fram av nämnd|2024");
        rows.ShouldContain("Andel utredningar av barn och unga där barnet varit delaktigt och fått återkoppling|69,38 %|66,67 %|73,13 %|46,2 %|80 %|Tas fram av nämnd|VB 2024");
        rows.ShouldContain("Sjukfrånvaro|3,5 %|||4 %|6 %|Tas fram av nämnd/styrelse|VB 2024");
        rows.ShouldContain("Aktivt Medskapandeindex|80|||79|78|83|2024");
        rows.ShouldContain(r => r.StartsWith("Analys De flesta klienter som beviljas insatser", StringComparison.Ordinal));
        rows.ShouldContain("Aktivitet|Startdatum|Slutdatum|Avvikelse");
        rows.ShouldContain(r => r.StartsWith("Stadsdelsnämnden ska förbättra metoder och arbetssätt", StringComparison.Ordinal) && r.EndsWith("|2023-01-01|2024-12-31|", StringComparison.Ordinal));

        // Fulfilments as the seed marks them, and "— Inga data" where a level has none.
        var marks = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        marks.Count(m => m == "■ Uppfylls inte").ShouldBe(1);
        marks.Count(m => m == "▲ Uppfylls delvis").ShouldBe(1);
        marks.Count(m => m == "● Uppfylls helt").ShouldBe(2);
        marks.Count(m => m == "— Inga data").ShouldBe(14);

        // The register's table, as seed 003 ends.
        rows.ShouldContain("Uppdelning|Klagomål/synpunkter/kategorier|Utfall T1|Utfall T2|Utfall VB|Totalt ack. Utfall|Sammanfattning och planerade åtgärder");
        rows.ShouldContain("Rapportering av lex Sarah och lex Maria|Lex Sarah|1|2||3 st|");
        rows.ShouldContain("|Brukare/patient|2|||2 st|");
        rows.ShouldContain("Vem avser avvikelser?|Annan verksamhet||2||2 st|");
        rows.ShouldContain("Åtgärder|Antal klagomål där åtgärder vidtagits|||||", "seed 003 counts no complaint with measures taken");

        // Word's own structure: outline levels on the headings, a TOC field, header rows that repeat, page numbers.
        var styles = package.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        styles.Elements<Style>().Single(s => s.StyleId == "Heading2").StyleParagraphProperties!.OutlineLevel!.Val!.Value.ShouldBe(1);
        body.Descendants<FieldCode>().ShouldContain(f => f.Text.Contains("TOC \\o", StringComparison.Ordinal));
        body.Elements<Table>().Skip(1).ShouldAllBe(t => t.Elements<TableRow>().First().TableRowProperties!.Elements<TableHeader>().Any());
        package.MainDocumentPart.FooterParts.Single().Footer!.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
        new OpenXmlValidator(FileFormatVersions.Office2016).Validate(package).Select(e => e.Description).ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryReportType_ExportsToWordAndPdf_AndLibreOfficeOpensTheWord()
    {
        var session = await DemoAsync("administrator");
        string[] documents =
        [
            $"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan/dokument?ar=2023",
            $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-09/dokument",
            $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-T1/dokument",
            AnnualReport,
            $"/organisation/{DemoData.IfoVuxna}/kvalitetsplan/dokument?ar=2022",
        ];
        string[] titles = ["Verksamhetsplan 2023", "Månadsrapport september 2023", "Tertialrapport T1 2023", "Verksamhetsberättelse 2024", "Kvalitetsplan 2022"];
        var work = Directory.CreateTempSubdirectory("verksam-documents-");
        try
        {
            for (var i = 0; i < documents.Length; i++)
            {
                var separator = documents[i].Contains('?', StringComparison.Ordinal) ? "&" : "?";
                var word = await DownloadAsync(session, documents[i] + separator + "handler=word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                using (var package = WordprocessingDocument.Open(new MemoryStream(word), false))
                {
                    package.PackageProperties.Title.ShouldBe(titles[i]);
                    new OpenXmlValidator(FileFormatVersions.Office2016).Validate(package).Select(e => e.Description).ShouldBeEmpty(titles[i]);
                }

                var pdf = await DownloadAsync(session, documents[i] + separator + "handler=pdf", "application/pdf");
                System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
                var pdfPath = Path.Combine(work.FullName, $"{i}.pdf");
                await File.WriteAllBytesAsync(pdfPath, pdf);
                (await ExternalProgram.RunAsync("pdftotext", pdfPath, "-")).ShouldContain(titles[i]);

                var docx = Path.Combine(work.FullName, $"{i}.docx");
                await File.WriteAllBytesAsync(docx, word);
                await ExternalProgram.RunAsync("soffice", $"-env:UserInstallation=file://{work.FullName}/lo", "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(work.FullName, "lo"), docx);
                var converted = Path.Combine(work.FullName, "lo", $"{i}.pdf");
                File.Exists(converted).ShouldBeTrue($"LibreOffice converted {titles[i]}");
                (await ExternalProgram.RunAsync("pdftotext", converted, "-")).ShouldContain(titles[i]);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Issue 18, item 18: seed 000's words that had no home, each where the seed has it.</summary>
    private static readonly string[] Seed000Words =
    [
        "Viktiga händelser i enhetens verksamhet under månaden:",
        "Pulsmätning självskattning trivas på jobbet;",
        "Som svarar stämmer helt och stämmer oftast.",
        "som svarar Mycket nöjd eller Ganska nöjd.",
        "Svar: Mycket nöjd, Ganska nöjd, Ganska missnöjd, Mycket missnöjd.",
        "Som svarar Ja eller Har inte haft behov",
        "Svar: Ja, Nej, Inte haft behov.",
        "27 av 29 = 93 % Mäts ackumulerat 12 mån",
        "(excelfil)",
        "33 dagar HUR MÅNGA",
        "Alltid/oftast/sällan/aldrig/vet ej",
        "Ja/nej/delvis/vet ej",
        "92 % Ackumulerat (15 svarande sept)",
        "96 % Ackumulerat (0 svarande sept)",
        "96 % Ackumulerat (30 svar)",
        "11,5 % (sept)",
        "Redovisas i sammanställning av boendeplaneringslista. Följs i samband med boendemöten 1-2 gånger per månad.",
        "Pulsmätning görs månadsvis med mentimeter i samband med veckomöte. Resultatet diskuteras i gruppen på måldialog en gång per månad.",
        "Utredningstid för LSS-utredning/månadsvis Personlig assistans",
        "Utredningstid för LSS-utredning/månadsvis Övriga LSS-insatser",
        "Antal ej verkställda beslut.",
        "Enkätsvar sammanfattande Trygghet: Känner du dig trygg med personalen? Andel som svarar Alltid/oftast",
        "Andel av kostnader som går till personlig assistans.",
        "Andel köpta platser bostad med särskild service.",
        "4 Uppföljning Riskhantering (följs upp regelbundet, minst vid varje delårsuppföljning)",
        "5 Uppföljning Uppdrag (särskilda-, nämnds- eller andra uppdrag) (följs upp regelbundet, minst vid varje delårsuppföljning)",
        "Instruktioner: När risker följs upp så markeras rött gult grönt beroende på hur väl den handlingsplan som finns framtagen följs.",
        "Instruktioner: Aktiviteter i årshjulet genomförda: G, aktiviteter påbörjade men inte färdiga: A, aktiviteter inte påbörjade: R. Kommentera även orsak till varför åtgärden inte är påbörjad.",
    ];

    /// <summary>Seed 004's introductions to its two tables and its four footnotes, with their marks in the text.</summary>
    private static readonly string[] Seed004Words =
    [
        "I tabellerna nedan redovisas risker som verksamheten har identifierat i arbetet med målgrupperna samt egenkontroller som genomförs för att säkerställa att verksamheten lever upp till krav och mål.",
        "Här visas de indikatorer som verksamheten kommer att följa för att kunna mäta resultatet av det arbete som genomförs.",
        "Data för indikatorerna redovisas i kvalitetsberättelsen för 2022.",
        "bedömningsinstrumenten ASI¹ och UBÅT² för målgruppen vuxna med beroende.",
        "FREDA³ farlighet och beskrivning",
        "möta på Forum 4:a⁴?",
        "¹ ASI (Addiction severity index), ett bedömningsinstrument som används för personer med beroendeproblematik",
        "² UBÅT innebär att man systematiskt kan beskriva och följa upp varje åtgärd som en klient erhåller.",
        "³ FREDA är standardiserade bedömningsmetoder utvecklade av Socialstyrelsen för socialtjänstens arbete mot våld i nära relationer.",
        "⁴ Forum 4:a är öppenvård för vuxna som bor i Huddinge kommun som har ett missbruk eller är beroende av alkohol, narkotika och/eller spel.",
    ];

    private const string TertialNote = "*Varje delår: Sammantagen bedömning för måluppfyllelsen på delåret (röd, gul, grön) görs utifrån varje månads måluppfyllelse och indikatorer som följs mer sällan.";

    [Fact]
    public async Task TheSeedsWordsThatHadNoHome_StandInTheWordAndPdfDocuments()
    {
        var session = await DemoAsync("administrator");
        var monthly = $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-09/dokument";
        var plan = $"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan/dokument?ar=2023";
        var quality = $"/organisation/{DemoData.IfoVuxna}/kvalitetsplan/dokument?ar=2022";

        foreach (var (document, words) in new[] { (monthly, Seed000Words), (plan, ["Redovisning av ekonomi Resursanvändning Budget 2023 Övrigt"]), (quality, Seed004Words) })
        {
            foreach (var (format, text) in await TextsAsync(session, document))
            {
                foreach (var word in words)
                {
                    text.ShouldContain(Compact(word), customMessage: $"{document} as {format}: {word}");
                }

                if (document == monthly)
                {
                    // Seed 000 asks each goal "Hur gick det den här månaden?" beside the month's colour.
                    text.Split(Compact("Hur gick det den här månaden?")).Length.ShouldBe(5, $"{format}: the question under each goal");
                    // Under each of the four goals, and the risks' instruction after their table, the wheel's before its.
                    text.Split(Compact(TertialNote)).Length.ShouldBe(5, $"{format}: the note under each goal");
                    text.IndexOf(Compact("Vikarie anställd september till januari."), StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf(Compact("Instruktioner: När risker"), StringComparison.Ordinal), format);
                    text.IndexOf(Compact("Instruktioner: Aktiviteter i årshjulet"), StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf(Compact("Bevaka OPI i avtalen"), StringComparison.Ordinal), format);
                }

                if (document == quality)
                {
                    // Each footnote stands after the text or table that carries its mark, before what follows it; no section of footnotes is left.
                    text.ShouldNotContain("Fotnoter", customMessage: format);
                    foreach (var (mark, note, next) in new[]
                    {
                        ("bedömningsinstrumenten ASI¹ och UBÅT²", "¹ ASI (Addiction severity index)", "² UBÅT innebär"),
                        ("bedömningsinstrumenten ASI¹ och UBÅT²", "² UBÅT innebär", "Risker och egenkontroller"),
                        ("FREDA³ farlighet och beskrivning", "³ FREDA är standardiserade", "Myndighetsutövning för personer med beroendeproblematik"),
                        ("möta på Forum 4:a⁴?", "⁴ Forum 4:a är öppenvård", "Stödboende för personer med beroendeproblematik"),
                    })
                    {
                        var at = text.IndexOf(Compact(mark), StringComparison.Ordinal);
                        var noteAt = text.IndexOf(Compact(note), at, StringComparison.Ordinal);
                        noteAt.ShouldBeGreaterThan(at, $"{format}: {note} after its mark");
                        text.IndexOf(Compact(next), at, StringComparison.Ordinal).ShouldBeGreaterThan(noteAt, $"{format}: {note} before {next}");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task MonthlyReport_LeavesEmptyWhatTheSeedLeavesEmpty()
    {
        var session = await DemoAsync("enhetschef.lss");

        var bytes = await DownloadAsync(session, $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-09/dokument?handler=word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var rows = package.MainDocumentPart!.Document.Body!.Elements<Table>().SelectMany(Rows).ToList();
        // Seed 000's Bedömning is empty for its surveys and Finansiell's measures, and given for the rest.
        rows.ShouldContain(r => r.StartsWith("Hur nöjd är du sammantaget", StringComparison.Ordinal) && r.EndsWith("|–", StringComparison.Ordinal));
        rows.ShouldContain(r => r.StartsWith("Antal lediga LSS-boendeplatser i egen regi", StringComparison.Ordinal) && r.EndsWith("|–", StringComparison.Ordinal));
        rows.ShouldContain(r => r.StartsWith("Andel domar enligt myndighetens förslag", StringComparison.Ordinal) && r.EndsWith("|● Grön", StringComparison.Ordinal));
        // The assignments' Status column is empty in the seed.
        rows.ShouldContain(r => r.StartsWith("Utreda möjligheten att automatisera sjuklöner", StringComparison.Ordinal));
        rows.ShouldNotContain(r => r.Contains("Pågår", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnApprovedReport_SaysWhoSentItInAndWhoApprovedIt_AndIsDatedByItsApproval()
    {
        var session = await DemoAsync("enhetschef.lss");
        var september = $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-09";
        await SetStepsAsync(DemoData.MyndighetLss, 2023, 9, submitted: new DateTime(2023, 10, 9, 8, 0, 0, DateTimeKind.Utc), decided: new DateTime(2023, 10, 12, 9, 30, 0, DateTimeKind.Utc));

        var page = await session.GetAsync(september);
        var steps = page.Document.QuerySelectorAll(".report-step").Select(p => WebSession.Squash(p.TextContent)).ToList();
        steps.ShouldContain("Inskickad 2023-10-09 10:00 av Enhetschef Myndighet LSS. Rapporten visar siffrorna som de var då.");
        steps.ShouldContain("Godkänd 2023-10-12 11:30 av Förvaltningschef Äldre- och omsorgsförvaltningen.");

        string[] expected = ["Datum|2023-10-12", "Inskickad|2023-10-09 av Enhetschef Myndighet LSS", "Godkänd|2023-10-12 av Förvaltningschef Äldre- och omsorgsförvaltningen"];
        expected.ShouldBeSubsetOf(await FrontMatterAsync(session, september + "/dokument"));
        var word = await DownloadAsync(session, september + "/dokument?handler=word", Verksam.Web.Features.Documents.DocumentExport.WordType);
        using (var package = WordprocessingDocument.Open(new MemoryStream(word), false))
        {
            expected.ShouldBeSubsetOf(Rows(package.MainDocumentPart!.Document.Body!.Elements<Table>().First()));
        }

        var pdf = await PdfTextAsync(await DownloadAsync(session, september + "/dokument?handler=pdf", "application/pdf"));
        pdf.ShouldContain("Godkänd 2023-10-12 av Förvaltningschef Äldre- och omsorgsförvaltningen");
        pdf.ShouldContain("Inskickad 2023-10-09 av Enhetschef Myndighet LSS");
        pdf.ShouldContain("Datum 2023-10-12");
    }

    [Fact]
    public async Task ASubmittedReport_IsDatedBySubmission_AndAReturnedOne_ShowsNeitherStep()
    {
        var lss = await DemoAsync("enhetschef.lss");
        var august = await FrontMatterAsync(lss, $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-08/dokument");
        august.ShouldContain("Datum|2023-09-09");
        august.ShouldContain("Inskickad|2023-09-09 av Enhetschef Myndighet LSS");
        august.ShouldNotContain(r => r.StartsWith("Godkänd|", StringComparison.Ordinal));

        // Hemtjänst's April 2023 was sent in and returned: it is neither sent in nor approved now, and dated by its export.
        var hemtjanst = await LoginAsync("enhetschef.hemtjanst", DemoData.Password);
        var april = $"/organisation/{DemoData.SkarpnackHemtjanst}/uppfoljning/2023-04";
        var returned = await FrontMatterAsync(hemtjanst, april + "/dokument");
        returned.ShouldContain("Status|Återremitterad");
        returned.ShouldNotContain(r => r.StartsWith("Godkänd|", StringComparison.Ordinal) || r.StartsWith("Inskickad|", StringComparison.Ordinal));
        returned.ShouldContain("Datum|" + Verksam.Web.Shared.Text.LocalTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        (await hemtjanst.GetAsync(april)).Document.QuerySelectorAll(".report-step").ShouldBeEmpty();
    }

    private static async Task<List<string>> FrontMatterAsync(WebSession session, string path)
    {
        var page = await session.GetAsync(path);
        page.Status.ShouldBe(HttpStatusCode.OK, path);
        return page.Document.QuerySelectorAll(".document__meta dt").Select(dt => WebSession.Squash(dt.TextContent) + "|" + WebSession.Squash(dt.NextElementSibling!.TextContent)).ToList();
    }

    private async Task SetStepsAsync(Guid unitId, int year, int month, DateTime submitted, DateTime decided)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Verksam.Web.Data.VerksamDbContext>();
        var report = await db.FollowUpReports.SingleAsync(r => r.OrgUnitId == unitId && r.Year == year && r.PeriodKind == Verksam.Web.Domain.Periods.PeriodKind.Month && r.StartMonth == month);
        report.SubmittedAt = submitted;
        report.DecidedAt = decided;
        await db.SaveChangesAsync();
    }

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"verksam-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            return WebSession.Squash(await ExternalProgram.RunAsync("pdftotext", path, "-"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Downloads_OfAnotherUnitsReport_AreRefusedLikeThePage()
    {
        var session = await DemoAsync("enhetschef.lss");

        foreach (var handler in new[] { "", "?handler=word", "?handler=pdf" })
        {
            var response = await session.Client.GetAsync(AnnualReport + handler);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
        }
    }

    [Fact]
    public async Task WithoutChromium_ThePdfButtonSaysSo_AndWordStillWorks()
    {
        await DemoAsync("administrator");
        using var factory = Factory.WithWebHostBuilder(b => b.UseSetting("Verksam:Chromium", "/finns/inte/chromium"));
        var session = new WebSession(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
        await session.LoginAsync("enhetschef.bestallarenheten", DemoData.Password);

        var page = await session.GetAsync(AnnualReport);
        page.Document.QuerySelectorAll("a[href*='handler=pdf']").ShouldBeEmpty();
        page.Document.QuerySelector(".document-downloads__missing")!.TextContent.ShouldContain("Chromium är inte installerat");
        var asked = await session.GetAsync(AnnualReport + "?handler=pdf");
        asked.Status.ShouldBe(HttpStatusCode.OK);
        asked.ErrorMessages.ShouldContain(m => m.Contains("PDF kan inte skapas", StringComparison.Ordinal));
        (await DownloadAsync(session, AnnualReport + "?handler=word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task ChangingTheTemplate_LeavesTheSubmittedReportAsItWas_AndChangesANewOne()
    {
        var admin = await DemoAsync("administrator");
        var templates = $"/admin/kommuner/{DemoData.Stockholm}/mallar?rapport=AnnualReport";
        var copied = await admin.SubmitAsync(templates, WebSession.NoFields, "form[action*='handler=Copy']");
        copied.Status.ShouldBe(HttpStatusCode.Redirect);
        var sectionId = await SectionIdAsync(Verksam.Web.Features.Plans.ReportKind.AnnualReport, "budget");

        var renamed = await admin.SubmitAsync($"/admin/mallar/avsnitt/{sectionId}", new Dictionary<string, string> { ["Input.Title"] = "Budget och resultat", ["Input.Level"] = "2", ["Input.Instruction"] = "Årets budget." });
        renamed.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" ", renamed.ErrorMessages));

        var approved = await admin.GetAsync(AnnualReport);
        var headings = approved.Document.QuerySelectorAll(".document h3").Select(h => WebSession.Squash(h.TextContent)).ToList();
        headings.ShouldContain("Budget");
        headings.ShouldNotContain("Budget och resultat");
        var draft = await admin.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/uppfoljning/2024-VB/dokument");
        draft.Document.QuerySelectorAll(".document h3").Select(h => WebSession.Squash(h.TextContent)).ShouldContain("Budget och resultat");
    }

    [Fact]
    public async Task TheLevelAbove_ExportsItsUnitsReportsAsOneZip_WithProgress_AndOnlyItsOwnExport()
    {
        var reader = await DemoAsync("lasare");
        var start = await reader.SubmitAsync($"/organisation/{DemoData.Stockholm}/uppfoljning/export?ar=2024", new Dictionary<string, string> { ["PeriodCode"] = "2024-VB", ["Format"] = "Word" });
        start.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" ", start.ErrorMessages));
        var progressUrl = start.Location!;

        var page = await reader.GetAsync(progressUrl);
        for (var i = 0; i < 100 && page.Document.QuerySelector("meta[http-equiv='refresh']") is not null; i++)
        {
            page.Document.QuerySelector("progress").ShouldNotBeNull();
            await Task.Delay(100);
            page = await reader.GetAsync(progressUrl);
        }

        page.Body.ShouldContain("Exporten är klar: 1 rapport.");
        page.Document.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ShouldContain("Skarpnäcks kommunala hemtjänst");
        var zipBytes = await DownloadAsync(reader, progressUrl + "?handler=download", "application/zip");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(zipBytes));
        zip.Entries.Select(e => e.FullName).ShouldBe(["Verksamhetsberättelse 2024 - Beställarenheten för funktionsnedsättning.docx"]);
        await using (var entry = zip.Entries[0].Open())
        {
            var copy = new MemoryStream();
            await entry.CopyToAsync(copy);
            using var package = WordprocessingDocument.Open(copy, false);
            package.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("HÄ 2024/696");
        }

        // Someone else cannot follow or fetch it, and cannot export a level they cannot read.
        var other = await LoginAsync("enhetschef.lss", DemoData.Password);
        (await other.Client.GetAsync(progressUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.GetAsync(progressUrl + "?handler=download")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.GetAsync($"/organisation/{DemoData.Stockholm}/uppfoljning/export?ar=2024")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnExport_WithoutAPeriod_IsRefusedWithAMessage()
    {
        var reader = await DemoAsync("lasare");

        var page = await reader.SubmitAsync($"/organisation/{DemoData.Stockholm}/uppfoljning/export?ar=2024", new Dictionary<string, string> { ["PeriodCode"] = "2024-13", ["Format"] = "Word" });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorMessages.ShouldBe(["Välj vilken rapport som ska exporteras"]);
    }

    [Fact]
    public async Task AnAdministrator_ChoosesWhichDataBlocksSectionsShow_WithinWhatTheReportTypeCarries()
    {
        var admin = await DemoAsync("administrator");
        var annual = $"/admin/kommuner/{DemoData.Stockholm}/mallar?rapport=AnnualReport";
        (await admin.SubmitAsync(annual, WebSession.NoFields, "form[action*='handler=Copy']")).Status.ShouldBe(HttpStatusCode.Redirect);
        var register = await SectionIdAsync(Verksam.Web.Features.Plans.ReportKind.AnnualReport, "synpunkter-redovisning");
        var edit = await admin.GetAsync($"/admin/mallar/avsnitt/{register}");
        edit.Document.QuerySelectorAll("#Input_Block option").Select(o => o.TextContent).ShouldBe(
            ["Ingen, bara text", "Uppföljning av risker", "Uppföljning av uppdrag", "Uppföljning av årshjulet: periodens månader och det som är försenat", "Redovisning av synpunkter och klagomål (registrets tabell)", "Indikatorernas utveckling (diagram)"]);

        // The register's table moves from its own section into the chapter "Synpunkter och klagomål".
        var saved = await admin.SubmitAsync($"/admin/mallar/avsnitt/{register}", new Dictionary<string, string> { ["Input.Title"] = "Redovisning av synpunkter och klagomål", ["Input.Level"] = "2", ["Input.Block"] = "None" });
        saved.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" ", saved.ErrorMessages));
        var chapter = await SectionIdAsync(Verksam.Web.Features.Plans.ReportKind.AnnualReport, "synpunkter");
        (await admin.SubmitAsync($"/admin/mallar/avsnitt/{chapter}", new Dictionary<string, string> { ["Input.Title"] = "Synpunkter och klagomål", ["Input.Level"] = "1", ["Input.Block"] = "RegisterTable" })).Status.ShouldBe(HttpStatusCode.Redirect);

        var draft = await admin.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/uppfoljning/2023-VB/dokument");
        var blocks = draft.Document.QuerySelectorAll(".document h2, .document h3, .document caption").Select(e => WebSession.Squash(e.TextContent)).ToList();
        blocks.IndexOf("Redovisning av synpunkter och klagomål 2023").ShouldBe(blocks.IndexOf("Synpunkter och klagomål") + 1, "the table right under the chapter's heading");

        // The approved VB keeps its sections as submitted: the table still under its own heading.
        var approved = await admin.GetAsync(AnnualReport);
        var kept = approved.Document.QuerySelectorAll(".document h2, .document h3, .document caption").Select(e => WebSession.Squash(e.TextContent)).ToList();
        kept.IndexOf("Redovisning av synpunkter och klagomål 2024").ShouldBe(kept.LastIndexOf("Redovisning av synpunkter och klagomål") + 1);

        // A block the report type cannot carry is refused, with what is wrong.
        var tertial = $"/admin/kommuner/{DemoData.Stockholm}/mallar?rapport=TertialReport";
        (await admin.SubmitAsync(tertial, WebSession.NoFields, "form[action*='handler=Copy']")).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await admin.SubmitAsync(tertial, new Dictionary<string, string> { ["Input.Title"] = "Synpunkter", ["Input.Placement"] = "AfterGoals", ["Input.Level"] = "1", ["Input.Block"] = "RegisterTable" }, "form[action*=Add]");
        refused.ErrorMessages.ShouldBe(["Den uppgiften kan inte visas i en tertialrapport; välj en av de uppgifter som listas"]);
    }

    private async Task<Guid> SectionIdAsync(Verksam.Web.Features.Plans.ReportKind kind, string key)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Verksam.Web.Data.VerksamDbContext>();
        return await (from s in db.ReportTemplateSections
                      join t in db.ReportTemplates on s.TemplateId equals t.Id
                      where t.MunicipalityId == DemoData.Stockholm && t.Kind == kind && s.Key == key
                      select s.Id).SingleAsync();
    }

    /// <summary>A document's words as Word and as the PDF hold them, without any white space (a narrow column breaks lines anywhere).</summary>
    private static async Task<List<(string Format, string Text)>> TextsAsync(WebSession session, string document)
    {
        var separator = document.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var word = await DownloadAsync(session, document + separator + "handler=word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        string wordText;
        using (var package = WordprocessingDocument.Open(new MemoryStream(word), false))
        {
            wordText = string.Join(" ", package.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(ParagraphText));
        }

        var pdf = await DownloadAsync(session, document + separator + "handler=pdf", "application/pdf");
        var path = Path.Combine(Path.GetTempPath(), $"verksam-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            // -raw reads the PDF in the order Chromium drew it, a table cell at a time.
            return [("Word", Compact(wordText)), ("PDF", Compact(await ExternalProgram.RunAsync("pdftotext", "-raw", path, "-")))];
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u200B' && c != '\u00AD').Select(c => c == '\u2011' ? '-' : c));

    /// <summary>
    /// The table's rows as a reader sees them: cells joined by "|", without the invisible line-break hints after a slash,
    /// Word's non-breaking hyphens ("50-79") as hyphens and non-breaking spaces ("89 %") as spaces.
    /// </summary>
    private static IEnumerable<string> Rows(Table table) =>
        table.Elements<TableRow>().Select(r => string.Join("|", r.Elements<TableCell>().Select(CellText)));

    private static string CellText(TableCell cell) => TextOf(cell);

    private static string ParagraphText(Paragraph paragraph) => TextOf(paragraph);

    private static string TextOf(OpenXmlElement element) => string.Concat(element.Descendants().Select(e => e switch
    {
        Text t => t.Text.Replace("\u200B", string.Empty, StringComparison.Ordinal).Replace('\u00A0', ' '),
        NoBreakHyphen => "-",
        _ => string.Empty,
    }));

    private static async Task<byte[]> DownloadAsync(WebSession session, string path, string contentType)
    {
        var response = await session.Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType, path);
        return await response.Content.ReadAsByteArrayAsync();
    }
}

public sealed class DocumentExportTests_Sqlite(SqliteFixture fixture) : DocumentExportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DocumentExportTests_PostgreSql(PostgresFixture fixture) : DocumentExportTests(fixture), IClassFixture<PostgresFixture>;
