using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Plans;

/// <summary>Seed 001's goal cascade, as the rendered Verksamhetsplan 2023 of Skarpnäcks kommunala hemtjänst must show it.</summary>
public abstract class Seed001PlanTests(AppFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>Level, number and title of every goal in seed 001, in its order. The seed prints no numbers for nämndmål;
    /// those below are the tree's (the first and second nämndmål under 1.3 are 1.3.1 and 1.3.2, and so on).</summary>
    private static readonly string[] SeedGoals =
    [
        "KF:s inriktningsmål 1 Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden",
        "KF:s mål för verksamhetsområdet 1.3 Stockholms stad ska ge stöd och omsorg där behoven är som störst",
        "Nämndmål 1.3.1 Barn, unga och vuxna har egna resurser att leva självständiga liv",
        "Avdelningsmål 1.3.1.1 Människor lever självständiga liv och är delaktiga när de behöver stöd",
        "Enhetsmål 1.3.2.1.1 Personer som har insatser av hemtjänsten eller personligt stöd erbjuds god kvalitet och med en hög grad av delaktighet",
        "Nämndmål 1.3.2 Barn, unga och vuxna som lever i våldsutsatthet får skydd och stöd",
        "Avdelningsmål 1.3.2.1 Personer som är våldsutsatta får adekvat stöd",
        "Enhetsmål 1.3.2.2 Medarbetare i hemtjänsten uppmärksammar tecken på våld i nära relation",
        "KF:s mål för verksamhetsområdet 1.4 Stockholm ska vara en bra stad att åldras i - med god omsorg och stor trygghet",
        "Nämndmål 1.4.1 Äldre lever ett tryggt och meningsfullt liv och får stöd, vård och omsorg av god kvalitet",
        "Avdelningsmål 1.4.1.1 Äldre lever ett tryggt och meningsfullt liv och får stöd, vård och omsorg av god kvalitet",
        "Enhetsmål 1.4.1.1.2 Äldre med hemtjänst, ledsagning och avlösning erbjuds insatser av god kvalitet med en hög grad av delaktighet",
        "Avdelningsmål 1.4.1.2 Verksamheterna bedriver ett strukturerat kvalitetsarbete",
        "Enhetsmål 1.4.1.2.3 Enheten bedriver ett strukturerat kvalitetsarbete",
        "KF:s inriktningsmål 2 Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning",
        "KF:s mål för verksamhetsområdet 2.1 Stockholm ska bli klimatpositivt – genom minskade utsläpp och ökad koldioxidlagring",
        "Nämndmål 2.1.1 Nämndens verksamheter är energieffektiva och resurssmarta med en låg klimatpåverkan",
        "Avdelningsmål 2.1.1.1 Äldreomsorgens verksamheter är energieffektiva och har en resurseffektiv avfallshantering med låg klimatpåverkan",
        "Enhetsmål 2.1.1.1.1 Hemtjänsten är energieffektiva och har en resurseffektiv avfallshantering med låg klimatpåverkan",
        "KF:s mål för verksamhetsområdet 2.4 Stockholmarnas hälsa ska främjas genom ren luft, rent vatten och giftfria miljöer",
        "Nämndmål 2.4.1 Nämndens verksamheter är miljö- och klimatsmarta",
        "Avdelningsmål 2.4.1.1 Äldreomsorgens verksamheter är miljö- och klimatsmarta",
        "Enhetsmål 2.4.1.1.1 Hemtjänsten ökar andelen miljövänliga, klimatsmarta och ekologiska produkter.",
        "KF:s inriktningsmål 3 Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla",
        "KF:s mål för verksamhetsområdet 3.1 Stockholms ekonomi är stark, hållbar och lägger grunden för en jämlik välfärd",
        "Nämndmål 3.1.1 Nämndens resurser används effektivt med ett hållbart och långsiktigt perspektiv",
        "Avdelningsmål 3.1.1.1 Äldreomsorgens resurser används väl med fokus på resultat för invånare i Skarpnäck",
        "Enhetsmål 3.1.1.1.1 Hemtjänsten förbättrar balansen mellan kostnader och intäkter.",
        "KF:s mål för verksamhetsområdet 3.3 I Stockholm ska alla ha rätt till ett bra boende som de har råd med",
        "Nämndmål 3.3.1 Vuxna och barnfamiljer har ett tryggt och hållbart boende",
        "Avdelningsmål 3.3.1.1 Äldre som riskerar sin bostad eller riskerar att bli bostadslösa får stöd i sin situation",
        "Enhetsmål 3.3.1.1.1 Hemtjänsten uppmärksammar om någon riskerar att bli vräkt",
        "KF:s mål för verksamhetsområdet 3.4 Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb",
        "Nämndmål 3.4.1 Arbetsmiljön präglas av jämställdhet och delaktighet med ett tillitsfullt och närvarande ledarskap",
        "Avdelningsmål 3.4.1.1 Äldreomsorgens chefer utövar ett närvarande ledarskap med fokus på äldres behov och en god arbetsmiljö",
        "Enhetsmål 3.4.1.1.1 Ledarskapet i hemtjänsten är närvarande, tydligt och engagerat",
        "Nämndmål 3.4.2 Medarbetare har goda förutsättningar och utövar ett aktivt medarbetarskap",
        "Avdelningsmål 3.2.2.1 Äldreomsorgens medarbetare utövar ett aktivt medarbetarskap och har adekvat kompetens för sitt uppdrag",
        "Enhetsmål 3.2.2.1.1 Hemtjänstens medarbetare utövar ett aktivt medarbetarskap och bidrar till utveckling.",
        "KF:s mål för verksamhetsområdet 3.5 Hög beredskap och stark rådighet ska råda i alla verksamhetsområden",
        "Nämndmål 3.5.1 Verksamheterna har en hög beredskap för oväntade händelser",
        "Avdelningsmål 3.5.1.1 Äldreomsorgens verksamheter har en hög beredskap för oväntade händelser",
        "Enhetsmål 3.5.1.1.1 Enheten har en hög beredskap för oväntade händelser",
        "KF:s mål för verksamhetsområdet 3.7 Stockholm ska vara en öppen, jämställd och demokratisk stad som samarbetar internationellt",
        "Nämndmål 3.7.1 Verksamheterna är välkomnande, jämställda och demokratiska",
        "Avdelningsmål 3.7.1.1 Verksamheterna har ett gott bemötande och är jämställda",
        "Enhetsmål 3.7.1.1.1 Enhetens medarbetare har ett gott bemötande och är jämställd",
    ];

    [Fact]
    public async Task Demo_Plan2023_ShowsSeed001sGoalsNumbersAndTitlesInOrder()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        var session = NewSession();
        await session.LoginAsync("enhetschef.hemtjanst", DemoData.Password);

        var page = await session.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan/dokument?ar=2023");

        var goals = page.Document.QuerySelectorAll(".document__heading")
            .Where(h => h.QuerySelector(".document__number") is not null)
            .Select(h => WebSession.Squash(h.TextContent)).ToList();
        goals.ShouldBe(SeedGoals);
    }

    [Fact]
    public async Task Demo_Plan2023_ShowsSeed001sIndicatorAndActivityTablesUnderTheirGoals()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        var session = NewSession();
        await session.LoginAsync("enhetschef.hemtjanst", DemoData.Password);

        var page = await session.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan/dokument?ar=2023");

        // Each table in document order, with the heading it stands under.
        var blocks = page.Document.QuerySelectorAll(".document__heading, table.document__table").ToList();
        string? heading = null;
        var tables = new List<(string Heading, List<string> Rows)>();
        foreach (var block in blocks)
        {
            if (block.LocalName == "table")
            {
                tables.Add((heading!, block.QuerySelectorAll("tbody tr").Select(r => WebSession.Squash(r.TextContent)).ToList()));
            }
            else if (block.QuerySelector(".document__number") is not null)
            {
                heading = WebSession.Squash(block.QuerySelector(".document__number")!.TextContent);
            }
        }

        tables.ShouldContain(t => t.Heading == "1.4" && t.Rows.SequenceEqual(new[]
        {
            "Andel omsorgstagare som upplever att de kan påverka hur hjälpen utförs i hemtjänsten 87 % 87 % År",
            "Andelen nöjda omsorgstagare i hemtjänst 86 % 86 % År",
            "Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod 10 Max 10 personer År",
        }));
        tables.ShouldContain(t => t.Heading == "1.4.1" && t.Rows.Count == 4 && t.Rows[2] == "Andel äldre med hemtjänst som tycker att de får ett respektfullt bemötande 98 % Tertial");
        tables.ShouldContain(t => t.Heading == "3.4" && t.Rows.Contains("Sjukfrånvaro 8 % Tas fram av nämnd/styrelse Tertial"));
        tables.ShouldContain(t => t.Heading == "3.5.1.1" && t.Rows.SequenceEqual(new[] { "Inventering och genomförande av förebyggande åtgärder för att skydda äldre vid värmeböljor 2023-01-01 2023-09-30" }));
        tables.ShouldContain(t => t.Heading == "2.1.1" && t.Rows.Count == 2);
    }

    [Fact]
    public async Task PlanPage_OfAnotherYear_LinksToTheYearsTheUnitHasAPlanFor()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        var session = NewSession();
        await session.LoginAsync("enhetschef.hemtjanst", DemoData.Password);

        var page = await session.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan?ar=2030");

        var links = page.Document.QuerySelectorAll("nav.plan-years a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        links.ShouldBe([("2023", $"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan?ar=2023")]);
    }

    [Fact]
    public async Task Demo_Plan2023_HasSeed001sSectionsBeforeAndAfterTheGoals()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        var session = NewSession();
        await session.LoginAsync("enhetschef.hemtjanst", DemoData.Password);

        var overview = await session.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan?ar=2023");
        var page = await session.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan/dokument?ar=2023");

        var notWritten = overview.Document.QuerySelectorAll("main tbody tr").Select(r => WebSession.Squash(r.TextContent))
            .Where(r => r.EndsWith("Inte skrivet", StringComparison.Ordinal)).ToList();
        notWritten.ShouldBe(["Inledning Inte skrivet", "Redovisning av ekonomi Inte skrivet", "Övrigt Inte skrivet"]);
        var text = WebSession.Squash(page.Document.QuerySelector("article.document")!.TextContent);
        text.ShouldContain("Korttidsfrånvaron har varit låg men långtidssjukfrånvaron har varit hög.");
        text.ShouldContain("Egenkontrollen omfattar bland annat:");
        text.ShouldContain("Inkomna Lex Sarah rapporter redovisas på arbetsplatsträffar.");
        text.ShouldNotContain("08-508");
    }

    [Fact]
    public async Task Demo_Plan2023_HasTheGoalsTextsAsTheSeedWritesThem()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        var session = NewSession();
        await session.LoginAsync("enhetschef.hemtjanst", DemoData.Password);

        var page = await session.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan/dokument?ar=2023");

        var text = WebSession.Squash(page.Document.QuerySelector("article.document")!.TextContent);
        text.ShouldContain("Medarbetarnas kunskap ökar inom områdena våld i nära relation och försummelse.");
        text.ShouldContain("Ledarskapet utifrån Full Range Leadership Model");
        text.ShouldContain("Antalet rapporterade avvikelser bibehålls eller ökar");
        text.ShouldNotContain("Varmfrontsgatan");
        var headings = page.Document.QuerySelectorAll(".document__heading--6").Select(h => WebSession.Squash(h.TextContent)).ToList();
        headings.Count(h => h == "Förväntat resultat").ShouldBe(35);
    }
}

public sealed class Seed001PlanTests_Sqlite(SqliteFixture fixture) : Seed001PlanTests(fixture), IClassFixture<SqliteFixture>;

public sealed class Seed001PlanTests_PostgreSql(PostgresFixture fixture) : Seed001PlanTests(fixture), IClassFixture<PostgresFixture>;
