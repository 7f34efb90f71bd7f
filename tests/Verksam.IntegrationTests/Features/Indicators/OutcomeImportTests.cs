using System.Net.Http.Headers;
using System.Text;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Indicators;

public abstract class OutcomeImportTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private OrgUnit _lss = null!;
    private WebSession _manager = null!;
    private List<Indicator> _indicators = [];

    private async Task ArrangeAsync(int indicatorCount = 3)
    {
        _lss = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, await Data.CreateUnitAsync("Tyresö kommun")));
        _indicators = [];
        for (var i = 0; i < indicatorCount; i++)
        {
            _indicators.Add(await Data.CreateIndicatorAsync(_lss, $"Indikator {i + 1:D3}", "G: 80-100% A: 50-79% R: 0-49%"));
        }

        await Data.CreateUserAsync("ec.lss", grants: (_lss, AccessLevel.Edit));
        _manager = await LoginAsync("ec.lss");
    }

    private async Task<WebSession.PageResult> UploadAsync(string fileName, byte[] content)
    {
        var page = await _manager.GetAsync($"/organisation/{_lss.Id}/utfall/importera");
        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "Upload", fileName);
        var response = await _manager.Client.PostAsync($"/organisation/{_lss.Id}/utfall/importera", form);
        return await WebSession.PageResult.FromAsync(response);
    }

    /// <summary>Each of the three indicators for every month of 2023 and 2022's year … enough rows for <paramref name="rows"/>.</summary>
    private string Csv(int rows, int? badRow = null)
    {
        var text = new StringBuilder("Enhet;Indikator;Period;Värde;Täljare;Nämnare;Män;Kvinnor;Kommentar\n");
        for (var r = 0; r < rows; r++)
        {
            var indicator = _indicators[r / 12];
            var value = r + 2 == badRow ? "åttio" : (50 + (r % 50)).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",5";
            text.Append($"Myndighet LSS;{indicator.Name};2023-{(r % 12) + 1:D2};{value};;;;;\n");
        }

        return text.ToString();
    }

    [Fact]
    public async Task Import_ThousandRowsWithOneBad_ImportsNothingAndNamesRowAndColumn()
    {
        await ArrangeAsync(indicatorCount: 84);

        var result = await UploadAsync("utfall.csv", Encoding.UTF8.GetBytes(Csv(1000, badRow: 777)));

        var problems = result.Document.QuerySelectorAll(".notice--warning tbody tr").Select(r => r.TextContent.Trim()).ToList();
        problems.ShouldHaveSingleItem();
        problems[0].ShouldContain("777");
        problems[0].ShouldContain("Värde");
        problems[0].ShouldContain("”åttio” är inte ett tal");
        (await Data.OutcomeCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_GoodFile_ImportsAndTheSameFileAgainChangesNothing()
    {
        await ArrangeAsync();
        var csv = Encoding.UTF8.GetBytes(Csv(36));

        var first = await UploadAsync("utfall.csv", csv);
        var audits = await Data.AuditCountAsync();
        var second = await UploadAsync("utfall.csv", csv);

        first.Document.QuerySelector(".notice--success")!.TextContent.ShouldBe("Importen är klar: 36 nya utfall, 0 ändrade och 0 oförändrade.");
        second.Document.QuerySelector(".notice--success")!.TextContent.ShouldBe("Importen är klar: 0 nya utfall, 0 ändrade och 36 oförändrade.");
        (await Data.OutcomeCountAsync()).ShouldBe(36);
        (await Data.AuditCountAsync()).ShouldBe(audits);
    }

    [Fact]
    public async Task ExportThenImport_Excel_RoundTripsWithoutChanges()
    {
        await ArrangeAsync();
        await UploadAsync("utfall.csv", Encoding.UTF8.GetBytes(Csv(36)));
        var audits = await Data.AuditCountAsync();

        var xlsx = await _manager.Client.GetByteArrayAsync($"/organisation/{_lss.Id}/utfall/exportera?ar=2023&format=xlsx");
        var result = await UploadAsync("export.xlsx", xlsx);

        result.Document.QuerySelector(".notice--success")!.TextContent.ShouldBe("Importen är klar: 0 nya utfall, 0 ändrade och 36 oförändrade.");
        (await Data.AuditCountAsync()).ShouldBe(audits);
    }

    [Fact]
    public async Task Import_UnknownIndicatorBadPeriodAndForeignUnit_AreEachNamed()
    {
        await ArrangeAsync();
        await Data.CreateUnitAsync("Stockholms stad");
        var csv = "Enhet;Indikator;Period;Värde\n" +
                  "Myndighet LSS;Finns inte;2023-09;50\n" +
                  "Myndighet LSS;Indikator 001;2023-13;50\n" +
                  "Stockholms stad;Indikator 001;2023-09;50\n";

        var result = await UploadAsync("utfall.csv", Encoding.UTF8.GetBytes(csv));

        var problems = result.Document.QuerySelectorAll(".notice--warning tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        problems.ShouldBe(
        [
            "2|Indikator|Hittar ingen indikator ”Finns inte” för Myndighet LSS år 2023",
            "3|Period|Skriv perioden som 2023-09, 2023-T1, 2023-VB eller 2023-07..09 – ”2023-13” gick inte att läsa",
            "4|Enhet|Hittar ingen enhet ”Stockholms stad” som du får registrera utfall för",
        ]);
    }

    [Fact]
    public async Task Import_NotAnExcelFile_SaysSo()
    {
        await ArrangeAsync();

        var result = await UploadAsync("utfall.xlsx", Encoding.UTF8.GetBytes("inte en excelfil"));

        result.Document.QuerySelector(".notice--warning")!.TextContent.ShouldContain("Filen kunde inte läsas som en Excelfil");
    }

    [Fact]
    public async Task ExportCsv_HasTheDocumentedHeader()
    {
        await ArrangeAsync();
        await UploadAsync("utfall.csv", Encoding.UTF8.GetBytes(Csv(12)));

        var csv = await _manager.Client.GetStringAsync($"/organisation/{_lss.Id}/utfall/exportera?ar=2023&format=csv");

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Trim().ShouldBe("Enhet;Indikator;Period;Värde;Täljare;Nämnare;Män;Kvinnor;Kommentar;Svar");
        lines[1].Trim().ShouldBe("Myndighet LSS;Indikator 001;2023-01;50,5;;;;;;");
        lines.Length.ShouldBe(13);
    }

    [Fact]
    public async Task ExportCsv_NeutralisesACommentASpreadsheetWouldRun_AndImportingItAgainChangesNothing()
    {
        await ArrangeAsync();
        await UploadAsync("utfall.csv", Encoding.UTF8.GetBytes("Enhet;Indikator;Period;Värde;Täljare;Nämnare;Män;Kvinnor;Kommentar\nMyndighet LSS;Indikator 001;2023-01;50,5;;;;;@SUM(1+1)*cmd\n"));
        var audits = await Data.AuditCountAsync();

        var csv = await _manager.Client.GetStringAsync($"/organisation/{_lss.Id}/utfall/exportera?ar=2023&format=csv");
        var again = await UploadAsync("export.csv", Encoding.UTF8.GetBytes(csv));

        csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Trim().ShouldBe("Myndighet LSS;Indikator 001;2023-01;50,5;;;;;'@SUM(1+1)*cmd;");
        again.Document.QuerySelector(".notice--success")!.TextContent.ShouldStartWith("Importen är klar: 0 nya utfall, 0 ändrade och 1 ");
        (await Data.AuditCountAsync()).ShouldBe(audits);
    }
}

public sealed class OutcomeImportTests_Sqlite(SqliteFixture fixture) : OutcomeImportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OutcomeImportTests_PostgreSql(PostgresFixture fixture) : OutcomeImportTests(fixture), IClassFixture<PostgresFixture>;
