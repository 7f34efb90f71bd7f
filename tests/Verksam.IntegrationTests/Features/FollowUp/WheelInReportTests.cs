using System.Net;
using Microsoft.EntityFrameworkCore;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Plans;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.FollowUp;

/// <summary>
/// A follow-up report shows the annual wheel of its own months and what is late (issue 18, item 16), unless the
/// municipality's template asks for the whole year month by month, as Tyresö's September 2023 report (seed 000) does.
/// </summary>
public abstract class WheelInReportTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static string SeptemberDocument => $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-09/dokument";

    private static List<string> Captions(WebSession.PageResult page) =>
        page.Document.QuerySelectorAll("table.document__table caption").Select(c => WebSession.Squash(c.TextContent)).ToList();

    [Fact]
    public async Task TheTemplateChoosesTheWholeYearOrTheReportsMonths_AndTheReportsMonthsListWhatIsLate()
    {
        var admin = await DemoAsync("administrator");
        Captions(await admin.GetAsync(SeptemberDocument)).ShouldContain("Månad december");

        var sectionId = await WithDbAsync(db => db.ReportTemplateSections.Where(s => s.MunicipalityId == DemoData.Tyreso && s.Key == "arshjul").Select(s => s.Id).SingleAsync());
        var section = await admin.GetAsync($"/admin/mallar/avsnitt/{sectionId}");
        section.Document.QuerySelectorAll("#Input_Block option").Select(o => o.TextContent).ShouldContain("Uppföljning av årshjulet: hela året, månad för månad");
        section.Document.QuerySelector("#Input_Block option[selected]")!.GetAttribute("value").ShouldBe(nameof(DataBlock.AnnualWheelYear));
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = section.Document.QuerySelector("#Input_Title")!.GetAttribute("value")!,
            ["Input.Level"] = "1",
            ["Input.Instruction"] = section.Document.QuerySelector("#Input_Instruction")!.TextContent.Trim(),
            ["Input.Block"] = nameof(DataBlock.AnnualWheel),
            ["Input.DocumentText"] = section.Document.QuerySelector("#Input_DocumentText")!.TextContent.Trim(),
        };
        (await admin.SubmitAsync(section, fields, "main form", $"/admin/mallar/avsnitt/{sectionId}")).Status.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);

        var september = await admin.GetAsync(SeptemberDocument);
        var captions = Captions(september);
        captions.ShouldContain("Månad september");
        captions.ShouldNotContain("Månad augusti");
        captions.ShouldNotContain("Månad oktober");
        var late = september.Document.QuerySelectorAll("table.document__table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Försenat", StringComparison.Ordinal));
        var rows = late.QuerySelectorAll("tbody tr").Select(tr => WebSession.Squash(tr.TextContent)).ToList();
        rows.ShouldContain("april Ärendegranskning Gruppledare/handläggare har fått prioriteras bort ■ Röd");
        rows.ShouldAllBe(r => !r.Contains("● Grön", StringComparison.Ordinal));
        rows.ShouldNotBeEmpty();

        // The report page the unit writes in shows the same.
        var report = await admin.GetAsync($"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-09");
        WebSession.Squash(report.Body).ShouldContain("Försenat: aktiviteter från tidigare månader som inte är genomförda");
    }
}

public sealed class WheelInReportTests_Sqlite(SqliteFixture fixture) : WheelInReportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class WheelInReportTests_PostgreSql(PostgresFixture fixture) : WheelInReportTests(fixture), IClassFixture<PostgresFixture>;
