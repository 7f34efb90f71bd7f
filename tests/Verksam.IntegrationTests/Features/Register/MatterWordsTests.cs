using Microsoft.EntityFrameworkCore;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Register;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Register;

/// <summary>Each kind of matter in its own words, on its form and in the register's list; survey answers without asterisks.</summary>
public abstract class MatterWordsTests(AppFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task ALexSarahMattersForm_DoesNotAskAboutAComplaint_AndAComplaintsFormAsksAboutTheComplaint()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var lexSarah = await MatterIdAsync(MatterKind.LexSarah);
        var complaint = await MatterIdAsync(MatterKind.Complaint);

        var lexForm = WebSession.Squash((await session.GetAsync($"/organisation/{DemoData.Bestallarenheten}/arenden/registrera/{lexSarah}")).Document.QuerySelector("main form")!.TextContent);
        var complaintForm = WebSession.Squash((await session.GetAsync($"/organisation/{DemoData.Bestallarenheten}/arenden/registrera/{complaint}")).Document.QuerySelector("main form")!.TextContent);

        lexForm.ShouldNotContain("klagomålet");
        lexForm.ShouldNotContain("synpunkten");
        lexForm.ShouldNotContain("avvikelsen");
        complaintForm.ShouldContain("Från vem har klagomålet inkommit?");
        complaintForm.ShouldContain("Vad gällde klagomålet?");
        complaintForm.ShouldNotContain("synpunkten");
    }

    [Fact]
    public async Task ALexSarahMattersPage_AsksAboutTheReport_NotAboutAComplaint()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");
        var lexSarah = await MatterIdAsync(MatterKind.LexSarah);

        var page = WebSession.Squash((await session.GetAsync($"/organisation/{DemoData.Bestallarenheten}/arenden/{lexSarah}")).Document.QuerySelector("main")!.TextContent);

        page.ShouldNotContain("klagomålet");
        page.ShouldNotContain("synpunkten");
        page.ShouldContain("Återkoppling har lämnats till den som rapporterade missförhållandet");
    }

    [Fact]
    public async Task TheRegistersList_ShowsALexSarahDecisionAsADecision_NotUnderFromWhomAndWhat()
    {
        var session = await DemoAsync("enhetschef.bestallarenheten");

        var page = await session.GetAsync($"/organisation/{DemoData.Bestallarenheten}/arenden?ar=2024");

        var headers = page.Document.QuerySelectorAll("main table thead th").Select(h => WebSession.Squash(h.TextContent)).ToList();
        headers.ShouldNotContain("Från vem och vad");
        var column = headers.IndexOf("Uppgifter");
        column.ShouldBeGreaterThan(0);
        var rows = page.Document.QuerySelectorAll("main table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => WebSession.Squash(c.TextContent)).ToList()).ToList();
        var lex = rows.Where(r => r.Contains("Lex Sarah") && r[column].Length > 0).ToList();
        lex.ShouldNotBeEmpty();
        lex.ShouldAllBe(r => r[column].StartsWith("Beslut: ", StringComparison.Ordinal));
        rows.Where(r => r.Contains("Klagomål") && r[column].Length > 0).ShouldAllBe(r => r[column].StartsWith("Från: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheOutcomeForm_MarksACountedAnswerInWords_NotWithAnAsterisk()
    {
        var session = await DemoAsync("enhetschef.lss");

        var page = await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/utfall?ar=2023&period=2023-09");

        var labels = page.Document.QuerySelectorAll("main label").Select(l => WebSession.Squash(l.TextContent)).ToList();
        labels.ShouldContain("Stämmer helt (räknas i andelen)");
        labels.ShouldNotContain(l => l.Contains('*', StringComparison.Ordinal));
    }

    private Task<Guid> MatterIdAsync(MatterKind kind) =>
        WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == DemoData.Bestallarenheten && m.Kind == kind).Select(m => m.Id).FirstAsync());
}

public sealed class MatterWordsTests_Sqlite(SqliteFixture fixture) : MatterWordsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MatterWordsTests_PostgreSql(PostgresFixture fixture) : MatterWordsTests(fixture), IClassFixture<PostgresFixture>;
