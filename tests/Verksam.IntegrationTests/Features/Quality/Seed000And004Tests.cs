using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Quality;

/// <summary>The demo's September 2023 report (sections 4–6) and Huddinge's quality plan, compared with lists taken from seeds 000 and 004.</summary>
public abstract class Seed000And004Tests(AppFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>Seed 000, section 4: Typ av risk (first row of each group), how the risk cell starts and ends, its first and last action.</summary>
    private static readonly (string Type, string Starts, string Ends, string? FirstAction, string? LastAction)[] Seed000Risks =
    [
        ("Omvärld", "Pandemi", "Pandemi", null, null),
        ("", "Ny LSS-lagstiftning", "Ny LSS-lagstiftning", "Bevaka", "Bevaka"),
        ("Medarbetare/arbetsmiljö Äldre- och omsorgsförvaltningens medarbetare är motiverade och tar ansvar för sitt viktiga uppdrag för Tyresöborna", "Trångboddhet innebär en sämre fysisk arbetsmiljö", "(5x4) 20", "Ha bokningsbara skrivbord", "Flytta ut aktskåp ur trånga rum"),
        ("", "Omställning att börja arbeta med fysiska möten igen.", "(4x3) 12", null, null),
        ("", "Personalomsättning, bland annat på grund av trångboddhet", "(4x4) 16", "Få en bättre fysisk arbetsmiljö", "Enhetschef uppdaterar medarbetarna veckovis kring hur rekrytering av nya medarbetare går"),
        ("", "Hög arbetsbelastning på grund av ökat inflöde", "(4x4) 16", "Bevaka ärendemängd per handläggare", "Bevaka nya arbetsuppgifter som tillkommer med nya arbetssätt/verksamhetssystem"),
        ("", "Otydlig arbetsfördelning ökar stress", "(3x3) 9", "Tydliggöra vem gör vad", "Tydliggöra vem gör vad"),
        ("Verksamhet Äldre- och omsorgsförvaltningen förbättras och utvecklas genom effektiva och innovativa vård- och omsorgsprocesser", "Nytt verksamhetssystem kommer medföra dubbelarbete", "(5x4) 20", "Utbildningssatsningar (extern utbildning)", "Lyfta behov av utökade resurser"),
        ("", "Införandet av IBIC kommer att vara tidskrävande", "(5x4) 20", "Ta del av projektplan", "Ny verksamhetsutvecklare går IBIC-utbildning"),
        ("", "Resultatet av LSS-utredningen kan påverka vårt arbete", "(3x4) 12", null, null),
        ("", "Ny kommundirektör som kan innebära omorganisering", "(3x3) 9", null, null),
        ("", "Oklart vad enhetens olika möten har för syfte.", "(5x3) 15", "Förtydliga vad de olika mötena syftar till", "Ha tydliga dagordningar"),
        ("Leverans Tyresöborna känner sig nöjda, trygga och delaktiga i vård- och omsorgsinsatserna som ges", "Ökat inflöde efter pandemin medför högre arbetsbelastning", "(3x4) 12", null, null),
        ("", "Minskat inflytande för brukarna", "(4x3) 12", null, null),
        ("", "Kvalitetsbrist och platsbrist på kommunen egna grupp- och servicebostäder.", "(5x5) 25", "Samverka (boendemöten) med utförarsidan", "Inflyttningsmöte/överlämningsmöte"),
        ("", "Barnperspektivet/barnkonsekvensanalys innebär ett förändrat arbetssätt", "(4x4) 16", "Barnhandläggarna, gruppledare och verksamhetsutvecklare går utbildning i barnkonsekvensanalys", "Delta i barnhandläggarnätverk för att lära av andra kommuner"),
        ("", "Brist på bra besöksrum medför risk för otryggare möten", "(4x4) 16", "Lyfta behov av att få tillgång till de mötesrum som AoS använder", "Se över var olika typer av möten ska ske (digitalt, hembesök, besök i kommunhuset)"),
        ("Finansiell Äldre- och omsorgsförvaltningen har ett cirkulärekonomiskt perspektiv och kostnadseffektiva verksamheter", "Ökat inflöde efter pandemin", "(4x3) 12", null, null),
        ("", "Utökning av köpta boendeplatser", "(5x4) 20", null, null),
        ("", "Behov av utökade resurser pga införande av nytt verksamhetssystem", "(4x4) 16", "Vikarie anställd september till januari.", "Vikarie anställd september till januari."),
    ];

    private static readonly string[] Seed000Assignments =
    [
        "Sjukfrånvaro", "Lex Sarah", "Öppna jämförelser", "Kommunens kvalitet i korthet KKIK", "Brukarundersökningar", "Synpunkter och klagomål", "Avvikelser",
        "Jämförelsekostnader från Kolada", "Kostnad per brukare, KPB", "Utreda möjligheten att automatisera sjuklöner", "Utreda möjligheten att automatisera beräkning av personlig assistans enl 9§ 2 LSS",
    ];

    /// <summary>Seed 000, section 6: per month the Bedömning column top to bottom (G, A, R, or - where the seed leaves it empty).</summary>
    private static readonly string[] Seed000WheelMarks =
    [
        "-GGG-G", "GGAGG", "GGGGGG", "RGGGG-", "GGG--G", "GGG", "", "G--GG", "AAAAAGGAGG", "GGG-----", "GGAG-G", "GGGG",
    ];

    /// <summary>Seed 004: per process, each table row as "risk level | egenkontroll | åtgärd" (beginnings; empty where the seed's cell is).</summary>
    private static readonly (string Process, string[] Rows)[] Seed004Tables =
    [
        ("För alla processer inom individ- och familjeomsorg",
        [
            "Familjer får inte samordnat stöd när barn och vuxna är aktualiserade på olika enheter 9 | | Uppföljning av arbetet med samutredningar",
            " | Andelen insatser i intern öppenvård avslutade inom framtagen insatstid | ",
            " | Andel utredningar färdigställda inom beslutad utredningstid | ",
            " | Andel verksamheter som har upprättade kontinuitetsplaner | Revidera och vid behov upprätta kontinuitetsplaner",
        ]),
        ("Kompetensförsörjning", [" | | Implementering av kompetensmenyn", " | Andel medarbetare med ifylld kompetensplan | "]),
        ("Myndighetsutövning för personer som utsatts för eller som utövar våld i nära relationer",
        [
            "Bristande skyddsbedömning i utredningen 8 | | Upprätta rubriker i utredningen som är obligatoriska",
            "Ej möjlighet att följa att rätt insats ges till individer utifrån att vårdplan ej upprättas 6 | Andel beviljade insatser med upprättad vårdplan | Upprätta vårdplaner vid varje beviljad insats",
        ]),
        ("Myndighetsutövning för personer med beroendeproblematik",
        [
            " | Andel aktualiseringar åtgärdade inom 14 dagar | ",
            "Aktualiseringar kan ej åtgärdas inom 14 dagar vilket medför risk för att klienter ej får förhands och riskbedömning inom rimlig tid 9 | Möte med socialsekreterare inom 14 dagar från det att kontakt med mottagningen tas | Nybesökstid på enheten återinförs",
            "Vårdplaner finns ej i alla insatser vilket medför risk för att mål saknas för vården. Det kan öka risken för att klienter inte får den vård och behandling som är planerad och som de har rätt till 6 | Vårdplan finns i alla ärenden och följs upp minst var tredje månad | ",
            " | ASI finns i alla aktuella ärenden | ",
            " | U-båt görs vid externa insatser och vid avslutad utredning | ",
        ]),
        ("Öppenvårdsinsatser för personer med beroendeproblematik",
        [
            "Våldsutsatt klient riskerar att möta sin förövare i öppenvårdens lokaler 9 | | Lägga till underrubriker till rubriken Riskbedömning i remissen till öppenvården",
            " | | Utökade mottagningsrutiner",
            " | | Utökade rutiner vid byte av insats",
            "Avhoppande gängkriminell klient riskerar att möta rivaliserande gängmedlem i öppenvårdens lokaler 9 | | Lägga till underrubriker till rubriken Riskbedömning i remissen till öppenvården",
            " | | Utökade mottagningsrutiner",
            " | | Utökade rutiner vid byte av insats",
        ]),
        ("Stödboende för personer med beroendeproblematik",
        [
            " | Antal klienter som flyttar från Balder utan att ha en ordnad bostad | ",
            "Stödet som ges får inte långvarig effekt om klienten är bostadslös efter sin tid på Balder 6 | Följa personalens arbete kring att stötta klienter att hitta bostad | ",
        ]),
        ("Boendestöd för personer med beroendeproblematik",
        [
            "Brukare får fel bemötande på grund av avsaknad av information om hot och våld 6 | | Informationsmöte med handläggare om ny klient",
            " | Andel verkställda beslut inom 14 dagar | ",
        ]),
        ("Särskilt boende för personer med psykisk funktionsnedsättning",
        [
            "Samsjuklighet psykiatri/missbruk - brukare kan ej tillgodogöra sig insatser på grund av samtidigt beroende 6 | | Samarbete och dokumentation",
            "Risk för att brukare utsätts för begränsningsåtgärder 8 | | Öka kunskap kring skydds- och begränsningsåtgärder",
            " | | Ny rutin för skydds- och begränsningsåtgärder",
            "Risk att patienterna inte får ett samordnat stöd på grund av brist på samverkan med specialistvården 6 | | Följa upp effekten av de gemensamma forum där sektionschefer och berörda enhetschefer regelbundet möts",
            " | | Ökad kunskap kring avvikelser",
            " | Rapportering av HSL-avvikelser | Tillsätta ansvarig för avvikelser",
        ]),
        ("Boendestöd för personer med psykisk funktionsnedsättning",
        [
            " | Andel ärenden med upprättad genomförandeplan | ",
            " | Andel verkställda biståndsbeslut inom 14 dagar | ",
            " | Andel ärenden som får det antal boendestödstillfällen de är beviljade | ",
        ]),
        ("Daglig sysselsättning för personer med psykisk funktionsnedsättning",
        [
            "Brukaren får inte den sysselsättning hen behöver utifrån att genomförandeplan inte upprättas/inte upprättas i tid 6 | Andel uppföljningar på genomförandeplanen | Uppdatera rutiner och lathundar",
        ]),
    ];

    private static readonly (string Process, string[] Indicators)[] Seed004Indicators =
    [
        ("Myndighetsutövning för vuxna", ["Andelen vuxenutredningar avslutade inom 60 dagar"]),
        ("Myndighetsutövning våld i nära relationer", ["Brukarbedömning våld i nära relationer – förbättrad situation, andel (%)"]),
        ("Stöd till avhoppare från kriminalitet", ["Avhoppare från kriminell bana som vid avslutad insats inte återfallit i kriminalitet, andel (%)"]),
        ("Öppenvårdsinsatser för personer med beroendeproblematik", ["Andel vuxna som fått insats inom öppenvården och efter avslutad insats nått målet med insatsen", "Brukarbedömning missbruksvård IFO - förbättrad situation, andel (%)"]),
        ("Boendestöd för personer med psykisk funktionsnedsättning", ["Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, andel (%) (Socialpsykiatri)"]),
    ];

    [Fact]
    public async Task September2023Report_ShowsSeed000sRisksAssignmentsAndWheel()
    {
        var session = await DemoAsync("enhetschef.lss");

        var page = await session.GetAsync($"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-09/dokument");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var tables = page.Document.QuerySelectorAll("table.document__table").ToList();
        var risks = tables.Single(t => t.QuerySelector("caption")!.TextContent == "Risker i uppföljningen");
        var rows = risks.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(td => td.InnerHtml).ToList()).ToList();
        rows.Count.ShouldBe(Seed000Risks.Length);
        for (var i = 0; i < rows.Count; i++)
        {
            var (type, starts, ends, first, last) = Seed000Risks[i];
            var cells = rows[i].Select(html => WebSession.Squash(System.Net.WebUtility.HtmlDecode(html.Replace("<br>", " ", StringComparison.Ordinal)))).ToList();
            cells[0].TrimEnd('.').ShouldBe(type, $"row {i + 1}");
            cells[1].ShouldStartWith(starts, customMessage: $"row {i + 1}");
            cells[1].ShouldEndWith(ends, customMessage: $"row {i + 1}");
            var actions = rows[i][2].Split("<br>").Select(a => System.Net.WebUtility.HtmlDecode(a).Trim()).Where(a => a.Length > 0).ToList();
            actions.FirstOrDefault().ShouldBe(first, $"row {i + 1}");
            actions.LastOrDefault().ShouldBe(last, $"row {i + 1}");
        }

        var assignments = tables.Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Uppdrag", StringComparison.Ordinal));
        assignments.QuerySelectorAll("tbody tr").Select(tr => tr.Children[0].TextContent.Trim()).ShouldBe(Seed000Assignments);
        WebSession.Squash(assignments.TextContent).ShouldContain("Påbörjat arbete med IT, förslag på modell har tagits fram och ska testas av handläggare");

        var months = new[] { "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december" };
        for (var m = 0; m < 12; m++)
        {
            var table = tables.Single(t => t.QuerySelector("caption")!.TextContent == "Månad " + months[m]);
            var marks = string.Concat(table.QuerySelectorAll("tbody tr").Select(tr => tr.Children[3].TextContent.Trim() switch
            {
                "● Grön" => 'G',
                "▲ Gul" => 'A',
                "■ Röd" => 'R',
                "" => '-',
                var other => throw new ShouldAssertException($"Unexpected mark '{other}' in {months[m]}"),
            }));
            marks.ShouldBe(Seed000WheelMarks[m], months[m]);
        }

        var april = tables.Single(t => t.QuerySelector("caption")!.TextContent == "Månad april");
        WebSession.Squash(april.QuerySelectorAll("tbody tr")[0].TextContent).ShouldBe("Ärendegranskning Gruppledare/handläggare har fått prioriteras bort ■ Röd");
        WebSession.Squash(tables.Single(t => t.QuerySelector("caption")!.TextContent == "Månadsvisa aktiviteter").TextContent).ShouldContain("Kvalitetsråd EC");
        WebSession.Squash(tables.Single(t => t.QuerySelector("caption")!.TextContent == "Löpande under året").TextContent).ShouldContain("Samverkan med socialpsykiatri, myndighet SoL, vuxenenheten Gruppledare/handläggare");
    }

    [Fact]
    public async Task HuddingeQualityPlan_ShowsSeed004sTablesAndIndicators()
    {
        var session = await DemoAsync("enhetschef.ifo");

        var page = await session.GetAsync($"/organisation/{DemoData.IfoVuxna}/kvalitetsplan/dokument?ar=2022");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var text = WebSession.Squash(page.Document.QuerySelector("main")!.TextContent);
        foreach (var heading in new[] { "Inledning", "Vad är kvalitet i verksamheten?", "Syfte med kvalitetsarbete", "Identifierade förbättringsområden", "Risker och egenkontroller", "Kvalitetsindikatorer" })
        {
            page.Document.QuerySelectorAll(".document__heading").Select(h => h.TextContent.Trim()).ShouldContain(heading);
        }

        text.ShouldContain("Kvalitetsplanen är en rapport om det systematiska förbättringsarbete som planeras under det kommande året");
        var tables = page.Document.QuerySelectorAll("table.document__table").ToList();
        var riskTables = tables.Where(t => t.QuerySelectorAll("thead th").Length == 5).ToList();
        riskTables.Select(t => t.QuerySelector("caption")!.TextContent).ShouldBe(Seed004Tables.Select(t => t.Process));
        foreach (var (table, (process, expected)) in riskTables.Zip(Seed004Tables))
        {
            table.QuerySelectorAll("thead th").Select(th => th.TextContent).ShouldBe(["Risk", "Egenkontroll", "Syfte med egenkontrollen", "Åtgärder", "Vad ska göras?"]);
            var rows = table.QuerySelectorAll("tbody tr").Select(tr =>
            {
                var c = tr.Children.Select(td => WebSession.Squash(td.TextContent)).ToList();
                return WebSession.Squash($"{c[0].Replace("Risknivå ", string.Empty, StringComparison.Ordinal)} | {c[1]} | {c[3]}");
            }).ToList();
            rows.ShouldBe(expected.Select(WebSession.Squash), process);
        }

        var alla = riskTables[0].QuerySelectorAll("tbody tr")[1];
        WebSession.Squash(alla.Children[2].TextContent).ShouldBe("För att ge god service och insatser i ett så tidigt skede som möjligt ska verksamheten öka andelen insatser avslutade inom framtagen insatstid.");
        WebSession.Squash(riskTables[2].QuerySelectorAll("tbody tr")[0].Children[4].TextContent).ShouldContain("FREDA³ farlighet och beskrivning");

        var indicatorTables = tables.Where(t => t.QuerySelectorAll("thead th").Length == 1).ToList();
        indicatorTables.Select(t => t.QuerySelector("caption")!.TextContent + ": " + string.Join(" / ", t.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim())))
            .ShouldBe(Seed004Indicators.Select(p => p.Process + ": " + string.Join(" / ", p.Indicators)));
    }

    [Fact]
    public async Task TheQualityPlanCopiedToNextYear_PrintsEachRiskOnce_AndKeepsItsQualityIndicators()
    {
        var session = await DemoAsync("enhetschef.ifo");
        (await session.SubmitAsync($"/organisation/{DemoData.IfoVuxna}/verksamhetsplan?ar=2022", WebSession.NoFields, "form[action*=Copy]")).Status.ShouldBe(HttpStatusCode.Redirect);

        var tables = new Dictionary<int, List<string>>();
        foreach (var year in new[] { 2022, 2023 })
        {
            var page = await session.GetAsync($"/organisation/{DemoData.IfoVuxna}/kvalitetsplan/dokument?ar={year}");
            page.Status.ShouldBe(HttpStatusCode.OK);
            tables[year] = page.Document.QuerySelectorAll("table.document__table").Where(t => t.QuerySelectorAll("thead th").Length is 5 or 1)
                .Select(t => t.QuerySelector("caption")!.TextContent + ": " + string.Join(" / ", t.QuerySelectorAll("tbody tr").Select(tr => WebSession.Squash(tr.TextContent)))).ToList();
        }

        tables[2022].Count.ShouldBe(Seed004Tables.Length + Seed004Indicators.Length);
        tables[2023].ShouldBe(tables[2022], "next year's kvalitetsplan starts as this year's: every risk once, every quality indicator under its process");
    }

    [Fact]
    public async Task ProcessIndicators_ChosenOnTheProcessPage_AreWhatTheQualityPlanShows_AndAStaleChoiceIsRefused()
    {
        var session = await DemoAsync("enhetschef.ifo");
        var colleague = await LoginAsync("enhetschef.ifo", DemoData.Password);
        var process = Seed004Indicators[0].Process;
        var processLink = (await session.GetAsync($"/organisation/{DemoData.IfoVuxna}/processer")).Document.QuerySelectorAll("a[href$='/indikatorer']")
            .Single(a => a.GetAttribute("aria-label") == "Kvalitetsindikatorer: " + process);
        var url = processLink.GetAttribute("href") + "?ar=2022";
        var page = await session.GetAsync(url);
        var colleaguesForm = await colleague.GetAsync(url);
        var boxes = page.Document.QuerySelectorAll("input[name=Selected]").ToList();
        var before = boxes.Where(b => b.HasAttribute("checked")).Select(b => b.GetAttribute("value")!).ToList();
        before.ShouldNotBeEmpty();
        var chosen = boxes.First(b => !b.HasAttribute("checked"));
        var chosenName = page.Document.QuerySelector($"label[for={chosen.Id}]")!.TextContent.Trim();

        (await session.SubmitAsync(page, new Dictionary<string, string> { ["Selected"] = chosen.GetAttribute("value")! }, "main form", url)).Status.ShouldBe(HttpStatusCode.Redirect);
        var plan = await session.GetAsync($"/organisation/{DemoData.IfoVuxna}/kvalitetsplan/dokument?ar=2022");
        var table = plan.Document.QuerySelectorAll("table.document__table").Single(t => t.QuerySelectorAll("thead th").Length == 1 && t.QuerySelector("caption")!.TextContent == process);
        table.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()).ShouldBe([chosenName]);

        var refused = await colleague.SubmitAsync(colleaguesForm, new Dictionary<string, string> { ["Selected"] = before[0] }, "main form", url);
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.Single().ShouldStartWith("Någon annan har sparat");
        refused.Document.QuerySelectorAll("input[name=Selected][checked]").Select(b => b.GetAttribute("value")).ShouldBe([before[0]]);
        var refusedId = Guid.Parse(before[0]);
        (await WithDbAsync(db => db.ProcessIndicators.CountAsync(l => l.IndicatorId == refusedId))).ShouldBe(0);
    }

    [Fact]
    public async Task UsersOfOtherUnits_SeeNoneOfIt()
    {
        var session = await DemoAsync("enhetschef.hemtjanst");
        var lss = DemoData.MyndighetLss;
        var ifo = DemoData.IfoVuxna;
        string riskId;
        string wheelId;
        string processId;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Verksam.Web.Data.VerksamDbContext>();
            riskId = db.Risks.First(r => r.OrgUnitId == lss).Id.ToString();
            wheelId = db.WheelActivities.First(a => a.OrgUnitId == lss).Id.ToString();
            processId = db.QualityProcesses.First(p => p.OrgUnitId == ifo).Id.ToString();
        }

        foreach (var url in new[]
        {
            $"/organisation/{lss}/risker?ar=2023", $"/organisation/{lss}/risk/{riskId}", $"/organisation/{lss}/risk?ar=2023", $"/organisation/{lss}/risker/uppfoljning/2023-09",
            $"/organisation/{lss}/arshjul?ar=2023", $"/organisation/{lss}/arshjul/aktivitet/{wheelId}", $"/organisation/{lss}/uppdrag?ar=2023",
            $"/organisation/{ifo}/egenkontroller?ar=2022", $"/organisation/{ifo}/processer", $"/organisation/{ifo}/processer/{processId}/indikatorer?ar=2022", $"/organisation/{ifo}/kvalitetsplan?ar=2022", $"/organisation/{ifo}/kvalitetsplan/dokument?ar=2022",
            $"/organisation/{ifo}/kvalitetsplan/avsnitt/kvalitet-inledning?ar=2022",
        })
        {
            var page = await session.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.NotFound, url);
            page.Body.ShouldNotContain("Trångboddhet");
            page.Body.ShouldNotContain("Balder");
        }
    }
}

public sealed class Seed000And004Tests_Sqlite(SqliteFixture fixture) : Seed000And004Tests(fixture), IClassFixture<SqliteFixture>;

public sealed class Seed000And004Tests_PostgreSql(PostgresFixture fixture) : Seed000And004Tests(fixture), IClassFixture<PostgresFixture>;
