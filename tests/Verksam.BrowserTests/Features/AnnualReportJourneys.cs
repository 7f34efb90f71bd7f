using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Verksam.BrowserTests.Infrastructure;

namespace Verksam.BrowserTests.Features;

[Collection(AppServerGroup.Name)]
public sealed class AnnualReportJourneys(AppServer server)
{
    private const string DemoPassword = "Verksam-demo-2026";
    private const string Hemtjanst = "57c00000-0000-4000-8000-000000000004";
    private const string Bestallarenheten = "57c00000-0000-4000-8000-000000000006";

    [Fact]
    public async Task OpenTheVerksamhetsberattelse_WriteAnAnalysis_AndDownloadItAsWordAndPdf()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("enhetschef.hemtjanst", DemoPassword);
        const string analysis = "Året präglades av fler brukare med stora behov; kontinuiteten höll ändå.";

        // From the year's reports to the verksamhetsberättelse, and write the summary analysis.
        await page.GotoAsync($"/organisation/{Hemtjanst}/uppfoljning?ar=2023");
        await page.GetByRole(AriaRole.Link, new() { Name = "Verksamhetsberättelse 2023" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("Verksamhetsberättelse 2023");
        await page.GetByLabel("Dnr").FillAsync("SK 2023/101");
        await page.GetByLabel("Sammanfattande analys").FillAsync(analysis);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("70-verksamhetsberattelse-skriv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Utkastet är sparat.");

        // The document shows it, and both downloads carry it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Visa som dokument" }).ClickAsync();
        (await page.Locator("article.document").InnerTextAsync()).ShouldContain(analysis);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("71-verksamhetsberattelse-dokument");

        var word = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ladda ned som Word" }).ClickAsync());
        word.SuggestedFilename.ShouldBe("Verksamhetsberättelse 2023 - Skarpnäcks kommunala hemtjänst.docx");
        var wordPath = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".docx");
        await word.SaveAsAsync(wordPath);
        using (var document = WordprocessingDocument.Open(wordPath, false))
        {
            document.MainDocumentPart!.Document.Body!.InnerText.ShouldContain(analysis);
            document.MainDocumentPart.Document.Body.InnerText.ShouldContain("SK 2023/101");
        }

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ladda ned som PDF" }).ClickAsync());
        pdf.SuggestedFilename.ShouldEndWith(".pdf");
        var pdfPath = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".pdf");
        await pdf.SaveAsAsync(pdfPath);
        Squash(await TextOfAsync(pdfPath)).ShouldContain(analysis);
        File.Delete(wordPath);
        File.Delete(pdfPath);
    }

    [Fact]
    public async Task TheApprovedVerksamhetsberattelse2024_ReadsAsSeed003()
    {
        var page = await server.NewPageAsync();
        await page.LoginAsync("kvalitet.hagersten", DemoPassword);

        await page.GotoAsync($"/organisation/{Bestallarenheten}/uppfoljning/2024-VB/dokument");
        var text = await page.Locator("article.document").InnerTextAsync();
        text.ShouldContain("Tjänsteutlåtande");
        text.ShouldContain("HÄ 2024/696");
        text.ShouldContain("Uppfylls delvis");
        text.ShouldContain("Redovisning av synpunkter och klagomål 2024");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("72-verksamhetsberattelse-2024");
    }

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static async Task<string> TextOfAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }
}
