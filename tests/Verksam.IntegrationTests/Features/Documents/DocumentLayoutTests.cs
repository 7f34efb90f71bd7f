using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Documents;

/// <summary>
/// The demo's four documents as a reader sees them on paper: no word of a table broken over two lines (Word as
/// LibreOffice lays it out, and the PDF), and the PDF's contents giving the page each heading is on.
/// </summary>
public abstract partial class DocumentLayoutTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly string[] Documents =
    [
        $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-09/dokument",
        $"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan/dokument?ar=2023",
        $"/organisation/{DemoData.Bestallarenheten}/uppfoljning/2024-VB/dokument",
        $"/organisation/{DemoData.IfoVuxna}/kvalitetsplan/dokument?ar=2022",
    ];

    [Fact]
    public async Task NoWordOfASeedTable_BreaksOverTwoLines_InWordAsLibreOfficeLaysItOut_NorInThePdf()
    {
        var session = await DemoAsync("administrator");
        var work = Directory.CreateTempSubdirectory("verksam-layout-");
        try
        {
            var broken = new List<string>();
            for (var i = 0; i < Documents.Length; i++)
            {
                var docx = Path.Combine(work.FullName, $"{i}.docx");
                await File.WriteAllBytesAsync(docx, await DownloadAsync(session, With(Documents[i], "word")));
                var (all, tables) = WordWords(docx);
                await ExternalProgram.RunAsync("soffice", $"-env:UserInstallation=file://{work.FullName}/lo", "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(work.FullName, "lo"), docx);
                var converted = await ExternalProgram.RunAsync("pdftotext", "-layout", Path.Combine(work.FullName, "lo", $"{i}.pdf"), "-");
                broken.AddRange(Broken(all, tables, Words(converted)).Select(w => $"Word {Documents[i]}: {w}"));

                var page = await session.GetAsync(Documents[i]);
                var article = page.Document.QuerySelector("article.document")!;
                // A chart's name and description are its text alternative, not printed words; its drawn labels are no table.
                foreach (var chart in article.QuerySelectorAll("svg").ToList())
                {
                    chart.Remove();
                }

                var pdf = Path.Combine(work.FullName, $"{i}.pdf");
                await File.WriteAllBytesAsync(pdf, await DownloadAsync(session, With(Documents[i], "pdf")));
                var printed = await ExternalProgram.RunAsync("pdftotext", "-layout", pdf, "-");
                var cells = article.QuerySelectorAll("td, th").SelectMany(c => Words(TextOf(c))).ToHashSet();
                broken.AddRange(Broken(Words(TextOf(article)), cells, Words(printed)).Select(w => $"PDF {Documents[i]}: {w}"));
            }

            broken.ShouldBeEmpty("words of a table broken over two lines (the word is missing whole from the page's text)");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ThePdfsContents_GiveThePageEachHeadingIsOn()
    {
        var session = await DemoAsync("administrator");
        var work = Directory.CreateTempSubdirectory("verksam-contents-");
        try
        {
            foreach (var document in Documents)
            {
                var page = await session.GetAsync(document);
                var headings = page.Document.QuerySelectorAll(".document__contents li a").Select(a => WebSession.Squash(a.TextContent)).ToList();
                headings.ShouldNotBeEmpty(document);
                var pdf = Path.Combine(work.FullName, "document.pdf");
                await File.WriteAllBytesAsync(pdf, await DownloadAsync(session, With(document, "pdf")));
                var pages = (await ExternalProgram.RunAsync("pdftotext", "-layout", pdf, "-")).Split('\f').Select(WebSession.Squash).ToList();
                var contents = pages.FindIndex(p => p.Contains("Innehållsförteckning", StringComparison.Ordinal));
                contents.ShouldBeGreaterThanOrEqualTo(0, document);
                // A long contents runs on to the next page, before the body's first heading.
                var listed = contents + 1 < pages.Count ? pages[contents] + " " + pages[contents + 1] : pages[contents];

                var previous = 0;
                var at = 0;
                foreach (var heading in headings)
                {
                    // "1 Viktiga händelser under månaden 2": the heading in the contents, then its page; entries in order.
                    var entry = new Regex(Regex.Escape(heading) + @" (\d+)(?: |$)").Match(listed, at);
                    entry.Success.ShouldBeTrue($"{document}: the contents give a page for \"{heading}\"");
                    at = entry.Index + entry.Length - 1;
                    var number = int.Parse(entry.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    number.ShouldBeGreaterThan(contents + 1, $"{document}: {heading}");
                    number.ShouldBeGreaterThanOrEqualTo(previous, $"{document}: {heading} comes after the heading before it");
                    number.ShouldBeLessThanOrEqualTo(pages.Count, $"{document}: {heading}");
                    // The page shows a heading's caption apart ("Medarbetare" over "Motiverade medarbetare…"): look for its text.
                    var text = heading.Contains(": ", StringComparison.Ordinal) ? heading[(heading.IndexOf(": ", StringComparison.Ordinal) + 2)..] : heading;
                    pages[number - 1].ShouldContain(text, customMessage: $"{document}: \"{heading}\" is on page {number}");
                    previous = number;
                }
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task NoTableStartsAtTheFootOfAPage_WithoutItsFirstRow()
    {
        var session = await DemoAsync("administrator");
        var work = Directory.CreateTempSubdirectory("verksam-breaks-");
        var checkedTables = 0;
        try
        {
            // The monthly report, whose captions are its own ("Risker i uppföljningen", "Månad januari"); elsewhere a caption is also a process named in the text.
            foreach (var document in Documents.Take(1))
            {
                var page = await session.GetAsync(document);
                var tables = page.Document.QuerySelectorAll("article.document table.document__table")
                    .Select(t => (Caption: WebSession.Squash(t.QuerySelector("caption")?.TextContent ?? string.Empty), First: WebSession.Squash(t.QuerySelector("tbody tr td, tbody tr th")?.TextContent ?? string.Empty)))
                    .Where(t => t.Caption.Length > 0 && t.First.Length > 0).ToList();
                var unique = tables.CountBy(t => t.Caption).Where(c => c.Value == 1).Select(c => c.Key).ToHashSet();
                var pdf = Path.Combine(work.FullName, "document.pdf");
                await File.WriteAllBytesAsync(pdf, await DownloadAsync(session, With(document, "pdf")));
                var pages = (await ExternalProgram.RunAsync("pdftotext", pdf, "-")).Split('\f').Select(WebSession.Squash).ToList();
                var contents = pages.FindIndex(p => p.Contains("Innehållsförteckning", StringComparison.Ordinal));
                foreach (var (caption, first) in tables.Where(t => unique.Contains(t.Caption)))
                {
                    var at = pages.FindIndex(contents + 1, p => p.Contains(caption, StringComparison.Ordinal));
                    if (at < 0)
                    {
                        continue;
                    }

                    // The first word of the first row stands on the page of the caption and header row.
                    var word = first.Split(' ')[0];
                    pages[at][(pages[at].IndexOf(caption, StringComparison.Ordinal) + caption.Length)..].ShouldContain(word, Case.Sensitive, $"{document}: the table \"{caption}\" starts on page {at + 1} without its first row");
                    checkedTables++;
                }
            }

            checkedTables.ShouldBeGreaterThan(10, "the monthly report's tables have captions of their own");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The words of a table that the laid-out text has fewer of than the document: broken over two lines.</summary>
    private static IEnumerable<string> Broken(IReadOnlyList<string> document, ISet<string> tables, IReadOnlyList<string> laidOut)
    {
        var expected = document.CountBy(w => w).ToDictionary();
        var found = laidOut.CountBy(w => w).ToDictionary();
        return tables.Where(w => expected.GetValueOrDefault(w) > found.GetValueOrDefault(w)).Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Words as a reader sees them: split at spaces, and after a slash or a hyphen next to a letter, where a line may
    /// break ("LSS-|boende", "9:8-|boende", "nämnd/|styrelse"); a hyphen between figures ("50-79") and a per cent sign stay put.
    /// </summary>
    private static List<string> Words(string text)
    {
        var normal = text.Replace('\u00A0', ' ').Replace('\u2011', '-').Replace("\u200B", " ", StringComparison.Ordinal)
            .Replace("/", "/ ", StringComparison.Ordinal).Replace("%", " % ", StringComparison.Ordinal);
        normal = LetterHyphen().Replace(normal, "- ");
        return [.. normal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>A paragraph's text with its line breaks and Word's non-breaking hyphens.</summary>
    private static (List<string> All, HashSet<string> Tables) WordWords(string docx)
    {
        using var package = WordprocessingDocument.Open(docx, false);
        var body = package.MainDocumentPart!.Document.Body!;
        var all = body.Descendants<Paragraph>().SelectMany(p => Words(TextOf(p))).ToList();
        var tables = body.Descendants<Table>().SelectMany(t => t.Descendants<Paragraph>()).SelectMany(p => Words(TextOf(p))).ToHashSet();
        return (all, tables);
    }

    private static string TextOf(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        NoBreakHyphen => "-",
        Break or TabChar => " ",
        _ => string.Empty,
    }));

    private static string TextOf(IElement element) => string.Join(" ", element.Descendants<IText>().Select(t => t.Data));

    [GeneratedRegex(@"(?<=[^\W\d])-(?=\w)|(?<=\w)-(?=[^\W\d])")]
    private static partial Regex LetterHyphen();

    private static string With(string path, string handler) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;

    private static async Task<byte[]> DownloadAsync(WebSession session, string path)
    {
        var response = await session.Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return await response.Content.ReadAsByteArrayAsync();
    }
}

public sealed class DocumentLayoutTests_Sqlite(SqliteFixture fixture) : DocumentLayoutTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DocumentLayoutTests_PostgreSql(PostgresFixture fixture) : DocumentLayoutTests(fixture), IClassFixture<PostgresFixture>;
