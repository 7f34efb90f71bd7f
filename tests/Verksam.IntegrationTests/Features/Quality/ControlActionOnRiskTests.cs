using System.Net;
using Microsoft.EntityFrameworkCore;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Quality;

/// <summary>An åtgärd raised by a failed egenkontroll belongs to the risk the control watches, on the risk's pages as in the quality plan.</summary>
public abstract class ControlActionOnRiskTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static readonly Guid Lss = DemoData.MyndighetLss;

    [Fact]
    public async Task ActionRaisedByAFailedControl_ShowsOnTheRiskItWatches_AndCountsInTheRegister()
    {
        var session = await DemoAsync("enhetschef.lss");
        var riskId = await WithDbAsync(db => db.Risks.Where(r => r.OrgUnitId == Lss && r.Year == 2023 && r.Description == "Pandemi").Select(r => r.Id).SingleAsync());
        var register = $"/organisation/{Lss}/risker?ar=2023";
        var before = ActionsCell(await session.GetAsync(register), riskId);

        var control = await session.SubmitAsync($"/organisation/{Lss}/egenkontroll?ar=2023", new Dictionary<string, string>
        {
            ["Input.Title"] = "Kontroll av smittskyddsrutinen",
            ["Input.Months"] = "3",
            ["Input.RiskId"] = riskId.ToString(),
        });
        control.Status.ShouldBe(HttpStatusCode.Redirect);
        var result = await session.SubmitAsync(control.Location!, new Dictionary<string, string>
        {
            ["Result.PerformedOn"] = "2023-03-31",
            ["Result.Passed"] = "false",
            ["Result.Note"] = "Rutinen var inte känd av nyanställda.",
            ["Result.ActionTitle"] = "Gå igenom smittskyddsrutinen på APT",
        }, "form[action*='handler=Result']");
        result.Status.ShouldBe(HttpStatusCode.Redirect);

        var riskPage = await session.GetAsync($"/organisation/{Lss}/risk/{riskId}");
        riskPage.Document.QuerySelectorAll("table a").Select(a => a.TextContent.Trim()).ShouldContain("Gå igenom smittskyddsrutinen på APT");
        riskPage.Body.ShouldNotContain("Risken har inga åtgärder än.");
        var watching = riskPage.Document.QuerySelectorAll("h2").Single(h => h.TextContent == "Egenkontroller som bevakar risken").NextElementSibling!;
        WebSession.Squash(watching.TextContent).ShouldBe("Kontroll av smittskyddsrutinen Senast utförd 2023-03-31: Brister");
        watching.QuerySelector("a")!.GetAttribute("href").ShouldBe(control.Location);
        ActionsCell(await session.GetAsync(register), riskId).ShouldBe(before + 1);
    }

    /// <summary>The number of actions the register's row for the risk shows (no number, "–" or a plan's date, counts as none).</summary>
    private static int ActionsCell(WebSession.PageResult page, Guid riskId)
    {
        var row = page.Document.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector($"a[href$='{riskId}']") is not null);
        return int.TryParse(row.Children[^1].TextContent.Trim(), out var count) ? count : 0;
    }
}

public sealed class ControlActionOnRiskTests_Sqlite(SqliteFixture fixture) : ControlActionOnRiskTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ControlActionOnRiskTests_PostgreSql(PostgresFixture fixture) : ControlActionOnRiskTests(fixture), IClassFixture<PostgresFixture>;
