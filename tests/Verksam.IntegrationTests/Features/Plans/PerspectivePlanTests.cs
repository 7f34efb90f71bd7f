using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Plans;

public abstract class PerspectivePlanTests(AppFixture fixture) : IntegrationTest(fixture)
{

    [Fact]
    public async Task Tyreso_GroupsGoalsByPerspective_WithoutNumbers()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        var session = NewSession();
        await session.LoginAsync("enhetschef.lss", DemoData.Password);

        var page = await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/verksamhetsplan/dokument?ar=2023");

        var chapters = page.Document.QuerySelectorAll(".document__heading--1").Select(h => WebSession.Squash(h.TextContent)).ToList();
        var goalsChapter = chapters.IndexOf("Mål och inriktning");
        chapters.Skip(goalsChapter + 1).Take(4).ShouldBe(["Medarbetare", "Verksamhet", "Leverans", "Finansiell"]);
        page.Document.QuerySelectorAll(".document__number").Length.ShouldBe(0);
        var headings = page.Document.QuerySelectorAll(".document__heading").Select(h => WebSession.Squash(h.TextContent)).ToList();
        var medarbetare = headings.IndexOf("Medarbetare");
        headings[medarbetare + 1].ShouldBe("KF:s inriktningsmål Motiverade medarbetare hos Sveriges bästa offentliga arbetsgivare");
        headings[medarbetare + 2].ShouldStartWith("Nämndmål Äldre- och omsorgsförvaltningens medarbetare är motiverade");
        headings[medarbetare + 3].ShouldStartWith("Enhetsmål På enheten arbetar alla mot en gemensam målbild.");
    }
}

public sealed class PerspectivePlanTests_Sqlite(SqliteFixture fixture) : PerspectivePlanTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PerspectivePlanTests_PostgreSql(PostgresFixture fixture) : PerspectivePlanTests(fixture), IClassFixture<PostgresFixture>;
