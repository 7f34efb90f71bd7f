using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Indicators;

public abstract class ScaleApiAndDemoTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private async Task<WebSession> DemoLoginAsync(string user = "enhetschef.lss")
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        var session = NewSession();
        await session.LoginAsync(user, DemoData.Password);
        return session;
    }

    [Fact]
    public async Task Preview_ReadsTheScaleAndColoursTheValue()
    {
        var session = await DemoLoginAsync();

        var json = await session.Client.GetFromJsonAsync<JsonElement>("/api/scales/preview?notation=" + Uri.EscapeDataString("G: 0 - 1 A: 2 R: 3 -") + "&value=2");

        json.GetProperty("valid").GetBoolean().ShouldBeTrue();
        json.GetProperty("colour").GetString().ShouldBe("Yellow");
        json.GetProperty("colourWord").GetString().ShouldBe("Gul");
        json.GetProperty("formatted").GetString().ShouldBe("G: 0-1 A: 2 R: 3 eller fler");
        json.GetProperty("bands").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Preview_ChangeScale_UsesThePreviousValue()
    {
        var session = await DemoLoginAsync();

        var json = await session.Client.GetFromJsonAsync<JsonElement>("/api/scales/preview?notation=" + Uri.EscapeDataString("G: Lägre andel A: Oförändrad andel R: Högre andel") + "&value=6&previous=6,5");

        json.GetProperty("colour").GetString().ShouldBe("Green");
    }

    [Fact]
    public async Task Preview_UnreadableScale_Is400WithTheSwedishMessage()
    {
        var session = await DemoLoginAsync();

        var response = await session.Client.GetAsync("/api/scales/preview?notation=" + Uri.EscapeDataString("G: 80-100 A: femtio"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!.ShouldContain("”femtio” i Gult");
    }

    [Fact]
    public async Task Preview_IsInTheOpenApiDescription()
    {
        var session = await DemoLoginAsync();

        var body = await session.Client.GetStringAsync("/api/openapi/v1.json");

        body.ShouldContain("/api/scales/preview");
        body.ShouldContain("/api/org-units/{id}/indicators");
    }

    [Fact]
    public async Task Preview_WithoutLogin_Is401() =>
        (await NewSession().Client.GetAsync("/api/scales/preview?notation=G:%201-2%20R:%203-4")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    /// <summary>Seed 000's September 2023: each indicator with its outcome and colour, "Bedöms inte" where the seed leaves the Bedömning empty.</summary>
    [Fact]
    public async Task Demo_MyndighetLssSeptember2023_ShowsTheSeedsOutcomesAndColours()
    {
        var session = await DemoLoginAsync();

        var page = await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/utfall?period=2023-09");

        var shown = page.Document.QuerySelectorAll("fieldset.entry-item").ToDictionary(
            f => f.QuerySelector("legend")!.TextContent.Trim(),
            f => f.QuerySelector(".entry-item__status")!.TextContent);
        var expected = new (string Indicator, string Outcome, string Colour)[]
        {
            ("Ärendemängd per vuxenhandläggare, antal brukare. Medelvärde", "51", "Grön"),
            ("Ärendemängd per barnhandläggare, antal brukare. Medelvärde", "50", "Grön"),
            ("Andel domar enligt myndighetens förslag", "27 av 29 = 93 %", "Grön"),
            ("Antal årligen uppföljda tillsvidare (eller fleråriga) beslut LSS-boende, gruppbostäder och servicebostäder och daglig verksamhet", "33", "Grön"),
            ("Utredningstid för LSS-utredning/månadsvis Personlig assistans", "33 dagar", "Grön"),
            ("Utredningstid för LSS-utredning/månadsvis Övriga LSS-insatser", "45 dagar", "Grön"),
            ("Antal ej verkställda beslut.", "23 (Juli-Sep)", "Grön"),
            ("Antal lediga LSS-boendeplatser i egen regi", "2", "Bedöms inte"),
            ("Hur nöjd är du sammantaget med din specifika arbetsplats?", "Mycket nöjd: 5, Ganska nöjd: 6, Ganska missnöjd: 0, Mycket missnöjd: 0 = 100 %", "Bedöms inte"),
            ("Har du under september tagit arbetsrelaterad kontakt med funktion inom annan förvaltning?", "Ja: 7, Nej: 0, Inte haft behov: 4 = 100 %", "Bedöms inte"),
            ("Enkätsvar boende vuxna: Får du det stöd du behöver? Andel som svarar alltid/oftast", "92 %", "Grön"),
            ("Andel köpta platser daglig verksamhet", "6 %", "Bedöms inte"),
        };

        foreach (var (indicator, outcome, colour) in expected)
        {
            shown.ShouldContainKey(indicator);
            shown[indicator].ShouldContain("Sparat: " + outcome, customMessage: indicator);
            shown[indicator].ShouldContain(colour, customMessage: indicator);
        }
    }
}

public sealed class ScaleApiAndDemoTests_Sqlite(SqliteFixture fixture) : ScaleApiAndDemoTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ScaleApiAndDemoTests_PostgreSql(PostgresFixture fixture) : ScaleApiAndDemoTests(fixture), IClassFixture<PostgresFixture>;
