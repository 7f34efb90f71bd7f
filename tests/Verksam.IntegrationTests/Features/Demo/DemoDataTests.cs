using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Demo;

public abstract class DemoDataTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private async Task<bool> LoadAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
    }

    [Fact]
    public async Task Demo_UnitManagerOfMyndighetLss_SeesExactlyTheirUnit()
    {
        await LoadAsync();
        var session = NewSession();
        await session.LoginAsync("enhetschef.lss", DemoData.Password);

        var tree = await session.GetAsync("/organisation");

        tree.Document.QuerySelectorAll(".org-tree a").Select(a => a.TextContent).ShouldBe(["Myndighet LSS"]);
        tree.Document.QuerySelector(".org-tree__context")!.TextContent.ShouldBe("Tyresö kommun › Äldre- och omsorgsförvaltningen");
    }

    [Fact]
    public async Task Demo_Administrator_SeesAllUnits()
    {
        await LoadAsync();
        var session = NewSession();
        await session.LoginAsync("administrator", DemoData.Password);

        var tree = await session.GetAsync("/organisation");

        tree.Document.QuerySelectorAll(".org-tree a").Select(a => a.TextContent).Order()
            .ShouldBe(DemoData.Units.Select(u => u.Name).Order());
    }

    [Fact]
    public async Task Demo_LoadsOnlyIntoAnEmptyDatabase()
    {
        (await LoadAsync()).ShouldBeTrue();
        (await LoadAsync()).ShouldBeFalse();

        (await Data.AllUnitsAsync()).Count.ShouldBe(DemoData.Units.Count);
    }
}

public sealed class DemoDataTests_Sqlite(SqliteFixture fixture) : DemoDataTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DemoDataTests_PostgreSql(PostgresFixture fixture) : DemoDataTests(fixture), IClassFixture<PostgresFixture>;
