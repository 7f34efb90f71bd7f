using System.Net;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Shared;

/// <summary>
/// A table that scrolls sideways on a narrow screen sits in a box the keyboard reaches and a screen reader names
/// (WCAG 2.1.1): the walk at 320 px could not reach the report's indicator table.
/// </summary>
public abstract class TableRegionTests(AppFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task EveryCaptionedTableBox_IsANamedRegionInTheTabOrder()
    {
        var manager = await DemoAsync("enhetschef.lss");
        var lss = DemoData.MyndighetLss;
        var boxes = 0;
        foreach (var url in new[] { $"/organisation/{lss}/uppfoljning/2023-10", $"/organisation/{lss}/mal?ar=2023", $"/organisation/{lss}/indikatorer?ar=2023", $"/organisation/{lss}/uppdrag?ar=2023" })
        {
            var page = await manager.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.OK, url);
            foreach (var box in page.Document.QuerySelectorAll("div.table-wrap").Where(d => d.QuerySelector("caption") is not null))
            {
                boxes++;
                box.GetAttribute("tabindex").ShouldBe("0", url);
                box.GetAttribute("role").ShouldBe("region", url);
                (box.GetAttribute("aria-label") ?? box.GetAttribute("aria-labelledby")).ShouldNotBeNullOrWhiteSpace(url);
            }
        }

        boxes.ShouldBeGreaterThan(3);
    }
}

public sealed class TableRegionTests_Sqlite(SqliteFixture fixture) : TableRegionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TableRegionTests_PostgreSql(PostgresFixture fixture) : TableRegionTests(fixture), IClassFixture<PostgresFixture>;
