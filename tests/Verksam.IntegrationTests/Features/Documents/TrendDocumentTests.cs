using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Verksam.IntegrationTests.Features.Documents;

/// <summary>Issue 19's charts in the documents: the VB 2024's block "Indikatorernas utveckling" as pictures with alt text in Word, as SVG in HTML and PDF.</summary>
public abstract class TrendDocumentTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly string AnnualReport = $"/organisation/{DemoData.Bestallarenheten}/uppfoljning/2024-VB/dokument";

    private const string Satisfied = "Andel brukare som är nöjd med sin insats - Funktionsnedsättning (stöd och service till personer med funktionsnedsättning) – Beställarenheten för funktionsnedsättning";

    private const string SatisfiedWords = "Utfall 2023–2024: senast 89 % (2024), lägst 86 % (2023), högst 89 % (2024). Män/pojkar 2024: 85 %. Kvinnor/flickor 2024: 93 %. Årsmål 85 %. KF:s årsmål 80 %.";

    private async Task<byte[]> DownloadAsync(string handler, string contentType)
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var response = await session.Client.GetAsync(AnnualReport + "?handler=" + handler);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task AnnualReport_AsWord_HasEachIndicatorsTrendAsAPictureWithAltText()
    {
        var bytes = await DownloadAsync("word", Verksam.Web.Features.Documents.DocumentExport.WordType);

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = package.MainDocumentPart!.Document.Body!;
        body.Elements<Paragraph>().Select(p => p.InnerText).ShouldContain("Indikatorernas utveckling");
        var pictures = body.Descendants<DW.DocProperties>().ToList();
        pictures.Count.ShouldBe(8, "one picture per indicator of the VB");
        pictures.Select(p => p.Id!.Value).Distinct().Count().ShouldBe(8);
        var satisfied = pictures.Single(p => p.Title == Satisfied);
        satisfied.Description!.Value.ShouldBe(Satisfied + ". " + SatisfiedWords);
        // The words are printed under the picture too, and the picture is a PNG of the chart.
        body.Elements<Paragraph>().Select(p => p.InnerText).ShouldContain(SatisfiedWords);
        var images = package.MainDocumentPart.ImageParts.ToList();
        images.Count.ShouldBe(8);
        images.ShouldAllBe(i => i.ContentType == "image/png");
        await using var png = images[0].GetStream();
        var head = new byte[8];
        (await png.ReadAsync(head)).ShouldBe(8);
        head.ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
    }

    [Fact]
    public async Task AnnualReport_AsHtmlAndPdf_HasEachIndicatorsTrendAsSvg()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");

        var page = await session.GetAsync(AnnualReport);
        var charts = page.Document.QuerySelectorAll("figure.document__chart svg[role=img]").ToList();
        charts.Count.ShouldBe(8);
        charts.Select(c => c.QuerySelector("title")!.TextContent).ShouldContain(Satisfied);
        charts.Select(c => c.QuerySelector("desc")!.TextContent).ShouldContain(Satisfied + ". " + SatisfiedWords);

        var pdf = await session.Client.GetByteArrayAsync(AnnualReport + "?handler=pdf");
        var work = Directory.CreateTempSubdirectory("verksam-trend-pdf-");
        try
        {
            var path = Path.Combine(work.FullName, "vb.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var text = WebSession.Squash(await ExternalProgram.RunAsync("pdftotext", path, "-"));
            text.ShouldContain("Indikatorernas utveckling");
            text.ShouldContain(WebSession.Squash(SatisfiedWords));
            // The chart's own text, drawn in the SVG: its legend and axis.
            text.ShouldContain("KF:s årsmål");
            text.ShouldContain("100 %");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ATertialTemplateWithTheBlock_ShowsEachIndicatorsYearUpToTheTertialsEnd()
    {
        var admin = await DemoAsync("administrator");
        var templates = $"/admin/kommuner/{DemoData.Tyreso}/mallar?rapport=TertialReport";
        (await admin.SubmitAsync(templates, WebSession.NoFields, "form[action*='handler=Copy']")).Status.ShouldBe(HttpStatusCode.Redirect);
        var added = await admin.SubmitAsync(templates, new Dictionary<string, string>
        {
            ["Input.Title"] = "Indikatorernas utveckling",
            ["Input.Placement"] = "AfterGoals",
            ["Input.Level"] = "1",
            ["Input.Block"] = "IndicatorTrends",
        }, "form[action*=Add]");
        added.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" ", added.ErrorMessages));

        // T2 (May–August) is a draft: its trends are live, and stop at August although September has outcomes.
        foreach (var path in new[] { $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-T2/dokument", $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-T2" })
        {
            var page = await admin.GetAsync(path);
            var words = page.Document.QuerySelectorAll("figure.document__chart svg[role=img] desc").Select(d => d.TextContent).ToList();
            words.ShouldContain(w => w.StartsWith("Ärendemängd per vuxenhandläggare, antal brukare. Medelvärde – Myndighet LSS. Utfall Jan–Aug 2023: senast ", StringComparison.Ordinal), path);
            words.ShouldNotContain(w => w.Contains("(Sep)", StringComparison.Ordinal), path);
        }
    }
}

public sealed class TrendDocumentTests_Sqlite(SqliteFixture fixture) : TrendDocumentTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TrendDocumentTests_PostgreSql(PostgresFixture fixture) : TrendDocumentTests(fixture), IClassFixture<PostgresFixture>;
