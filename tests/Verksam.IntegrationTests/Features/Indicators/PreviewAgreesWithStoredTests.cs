using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Indicators;

/// <summary>The scale preview judges a value as a saved outcome is judged: rounded to the indicator's decimals.</summary>
public abstract class PreviewAgreesWithStoredTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string Scale = "G: 80-100 % A: 50-79 % R: 0-49 %";

    [Theory]
    [InlineData("79,6", 0, "2023-01", "Green")]
    [InlineData("79,4", 0, "2023-02", "Yellow")]
    [InlineData("49,5", 0, "2023-03", "Yellow")]
    [InlineData("79,54", 1, "2023-04", "Yellow")]
    [InlineData("79,96", 1, "2023-05", "Green")]
    public async Task Preview_ValueRoundingAcrossALimit_GivesTheColourTheSavedOutcomeGets(string value, int decimals, string period, string colour)
    {
        var unit = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, await Data.CreateUnitAsync("Tyresö kommun"));
        var indicator = await Data.CreateIndicatorAsync(unit, "Andel med genomförandeplan", Scale);
        await WithDbAsync(db => db.Indicators.Where(i => i.Id == indicator.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Decimals, decimals)));
        await Data.CreateUserAsync("ec.lss", grants: (unit, AccessLevel.Edit));
        var session = await LoginAsync("ec.lss");

        var preview = await session.Client.GetFromJsonAsync<JsonElement>(
            $"/api/scales/preview?notation={Uri.EscapeDataString(Scale)}&value={Uri.EscapeDataString(value)}&decimals={decimals}");
        var path = $"/organisation/{unit.Id}/utfall?period={period}";
        var saved = await session.SubmitAsync(await session.GetAsync(path), new Dictionary<string, string> { ["Rows[0].Value"] = value }, "main form[method=post]", path);
        var outcomes = await session.Client.GetFromJsonAsync<JsonElement>($"/api/indicators/{indicator.Id}/outcomes");

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var stored = outcomes.EnumerateArray().Single(o => o.GetProperty("period").GetString() == period);
        stored.GetProperty("colour").GetString().ShouldBe(colour);
        preview.GetProperty("colour").GetString().ShouldBe(colour);
    }
}

public sealed class PreviewAgreesWithStoredTests_Sqlite(SqliteFixture fixture) : PreviewAgreesWithStoredTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PreviewAgreesWithStoredTests_PostgreSql(PostgresFixture fixture) : PreviewAgreesWithStoredTests(fixture), IClassFixture<PostgresFixture>;
