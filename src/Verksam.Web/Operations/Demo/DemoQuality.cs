using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.Assignments;
using Verksam.Web.Features.Controls;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;
using Verksam.Web.Features.Processes;
using Verksam.Web.Features.Risks;

namespace Verksam.Web.Operations.Demo;

/// <summary>
/// The quality-management demo: Myndighet LSS's risks, assignments and annual wheel of 2023 as seed 000 follows them
/// up, and Huddinge IFO vuxna's kvalitetsplan 2022 (seed 004): its texts, processes, risks, egenkontroller, actions and
/// quality indicators. Seed 004 gives only each risk's level; the demo scores it in Huddinge's 4×4 matrix as 3×3 = 9,
/// 2×4 = 8 and 2×3 = 6.
/// </summary>
internal static class DemoQuality
{
    public const int HuddingeYear = 2022;

    private const char G = 'G', A = 'A', R = 'R', None = ' ';

    /// <summary>Seed 000's risk table: type, the risk, likelihood and consequence (none where the seed gives no score), actions.</summary>
    private static readonly (string Category, string? Perspective, string Risk, int? L, int? C, string[] Actions)[] LssRisks =
    [
        ("Omvärld", null, "Pandemi", null, null, []),
        ("Omvärld", null, "Ny LSS-lagstiftning", null, null, ["Bevaka"]),
        ("Medarbetare/arbetsmiljö", "Medarbetare", "Trångboddhet innebär en sämre fysisk arbetsmiljö och kan medföra att kommunen anses vara en oattraktiv arbetsgivare. Risk också att handläggarna inte känner sig uppskattade/betydelsefulla när de behöver sitta trångt och inte kan sitta på sin \"egen\" arbetsplats.", 5, 4,
            ["Ha bokningsbara skrivbord", "Samverka med SoL-sidan", "Ledningsgruppen gör en grundlig konsekvensanalys och tar det vidare (fastighet, ekonomi?)", "Använda olika rum vid lunch (fikarummet, Notholmen, Skrubba) och ha olika sittningar", "Lägga till sig på de gemensamma outlookskärmarna", "Ange om du är på kontoret eller arbetar hemifrån", "Flytta ut aktskåp ur trånga rum"]),
        ("Medarbetare/arbetsmiljö", "Medarbetare", "Omställning att börja arbeta med fysiska möten igen.", 4, 3, []),
        ("Medarbetare/arbetsmiljö", "Medarbetare", "Personalomsättning, bland annat på grund av trångboddhet och högre arbetsbelastning.", 4, 4,
            ["Få en bättre fysisk arbetsmiljö", "Enhetschef uppdaterar medarbetarna veckovis kring hur rekrytering av nya medarbetare går"]),
        ("Medarbetare/arbetsmiljö", "Medarbetare", "Hög arbetsbelastning på grund av ökat inflöde, införandet av nytt verksamhetssystem och IBIC.", 4, 4,
            ["Bevaka ärendemängd per handläggare", "Följa tyngden i ärenden- gruppleddare följer upp terminsvis", "Bevaka nya arbetsuppgifter som tillkommer med nya arbetssätt/verksamhetssystem"]),
        ("Medarbetare/arbetsmiljö", "Medarbetare", "Otydlig arbetsfördelning ökar stress", 3, 3, ["Tydliggöra vem gör vad"]),
        ("Verksamhet", "Verksamhet", "Nytt verksamhetssystem kommer medföra dubbelarbete (två system under en period), barnsjukdomar och mindre tid för brukarna.", 5, 4,
            ["Utbildningssatsningar (extern utbildning)", "Superanvändare", "Ha en god planering kring införandet", "Lyfta behov av utökade resurser"]),
        ("Verksamhet", "Verksamhet", "Införandet av IBIC kommer att vara tidskrävande och innebära en omställning.", 5, 4,
            ["Ta del av projektplan", "Regelbundna avstämningar för att fånga upp svårigheter", "Använda metodtillfällena till att implementera IBIC", "Ny verksamhetsutvecklare går IBIC-utbildning"]),
        ("Verksamhet", "Verksamhet", "Resultatet av LSS-utredningen kan påverka vårt arbete på många sätt", 3, 4, []),
        ("Verksamhet", "Verksamhet", "Ny kommundirektör som kan innebära omorganisering", 3, 3, []),
        ("Verksamhet", "Verksamhet", "Oklart vad enhetens olika möten har för syfte. Svårt att hitta i olika protokoll.", 5, 3,
            ["Förtydliga vad de olika mötena syftar till", "Ha en beslutspunkt på veckomötesprotokollet", "Ha tydliga dagordningar"]),
        ("Leverans", "Leverans", "Ökat inflöde efter pandemin medför högre arbetsbelastning, längre handläggningstider och mindre tid för varje brukare.", 3, 4, []),
        ("Leverans", "Leverans", "Minskat inflytande för brukarna, exempelvis då boendeplatser behöver verkställas utanför kommunen.", 4, 3, []),
        ("Leverans", "Leverans", "Kvalitetsbrist och platsbrist på kommunen egna grupp- och servicebostäder. För få grupp- och servicebostäderna tillgodoser inte hela brukarens stödbehov.", 5, 5,
            ["Samverka (boendemöten) med utförarsidan", "Kompetensutveckling till personal på boendena", "Ökade resurser till boendena, framförallt servicebostäderna", "Inflyttningsmöte/överlämningsmöte"]),
        ("Leverans", "Leverans", "Barnperspektivet/barnkonsekvensanalys innebär ett förändrat arbetssätt som påverkar brukarna.", 4, 4,
            ["Barnhandläggarna, gruppledare och verksamhetsutvecklare går utbildning i barnkonsekvensanalys", "Skapa nya rutiner och arbetssätt för barnkonsekvensanalys", "Delta i barnhandläggarnätverk för att lära av andra kommuner"]),
        ("Leverans", "Leverans", "Brist på bra besöksrum medför risk för otryggare möten för brukarna, exempelvis för att de inte kan hitta ut själva om de vill lämna mötet.", 4, 4,
            ["Lyfta behov av att få tillgång till de mötesrum som AoS använder", "Se över var olika typer av möten ska ske (digitalt, hembesök, besök i kommunhuset)"]),
        ("Finansiell", "Finansiell", "Ökat inflöde efter pandemin", 4, 3, []),
        ("Finansiell", "Finansiell", "Utökning av köpta boendeplatser", 5, 4, []),
        ("Finansiell", "Finansiell", "Behov av utökade resurser pga införande av nytt verksamhetssystem och IBIC samt högre arbetsbelastning", 4, 4, ["Vikarie anställd september till januari."]),
    ];

    private static readonly (string Title, string? Aim, string? Comment)[] LssAssignments =
    [
        ("Sjukfrånvaro", null, null),
        ("Lex Sarah", null, null),
        ("Öppna jämförelser", null, null),
        ("Kommunens kvalitet i korthet KKIK", null, null),
        ("Brukarundersökningar", null, null),
        ("Synpunkter och klagomål", null, null),
        ("Avvikelser", null, null),
        ("Jämförelsekostnader från Kolada", null, null),
        ("Kostnad per brukare, KPB", null, null),
        ("Utreda möjligheten att automatisera sjuklöner", "Förenkla handläggning av ansökan, beslut och utbetalning av sjuklöner. Med rätt sorts underlag, ska rätt ersättning betalas ut",
            "Påbörjat arbete med IT, pausad då nytt verksamhetssystem ska införas 2022 samt bevakning av ny LSS-lag"),
        ("Utreda möjligheten att automatisera beräkning av personlig assistans enl 9§ 2 LSS", "Förenkla handläggning av personlig assistans och göra likartade beräkningar, utifrån olika variabler, ger ökad rättsäkerhet och ökad ekonomisk kontroll",
            "Påbörjat arbete med IT, förslag på modell har tagits fram och ska testas av handläggare"),
    ];

    /// <summary>Seed 000's annual wheel: month (0 every month, 13 ongoing), activity, responsible role, comment, mark.</summary>
    private static readonly (int Month, string Title, string Responsible, string? Comment, char Mark)[] LssWheel =
    [
        (1, "Bevaka OPI i avtalen", "EC/avtalscontroller", null, None),
        (1, "Lönegrundande medarbetarsamtal", "EC", null, G),
        (1, "Samverkan med Tyresö gymnasium, barn- och utbildningsförvaltningen, SamMA-projektet, FK, AF kring kommande behov av daglig verksamhet", "EC/gruppledare", null, G),
        (1, "Inrapportering av ej verkställda beslut (okt-dec)", "VU", null, G),
        (1, "Årlig hyresuppräknig", "Koordinator", null, None),
        (1, "Se över och uppdatera eget årshjul över individuppföljningar 2022", "Handläggare", null, G),
        (2, "Branschdialog boendestöd", "EC/vuxenhandläggare/gruppledare", null, G),
        (2, "Semesteransökan inför sommaren lämnas in", "Hela arbetsgruppen", null, G),
        (2, "Uppdatera information kring företrädare i verksamhetssystemet", "Handläggare/koordinator", null, A),
        (2, "Övrigt: Verksamhetsberättelse antas i nämnden", "", null, G),
        (2, "Löneöversyn på enhetsnivå ska vara klar i februari", "EC", null, G),
        (3, "Semesterplanering inför sommaren klar", "EC", null, G),
        (3, "Branschdialog ledsagning/avlösning", "EC/handläggare/gruppledare", null, G),
        (3, "Branschdialog daglig verksamhet", "EC/vuxenhandläggare/gruppledare", null, G),
        (3, "Åk 3 och 4-konferenser", "Handläggare", "genomförs i april/maj", G),
        (3, "Se över vilka som behöver ansöka om korttidstillsyn till HT 2023", "Barnhandläggare", null, G),
        (3, "Funktionshinderrådet 8 mars 2023", "", null, G),
        (4, "Ärendegranskning", "Gruppledare/handläggare", "har fått prioriteras bort", R),
        (4, "Branschdialog gruppbestad", "EC/vuxenhandläggare/gruppledare", null, G),
        (4, "Underlag för delårsrapport T1 förbereds", "EC/VU", null, G),
        (4, "Resultat av kostnad per brukare redovisas", "", null, G),
        (4, "Inrapportering av ej verkställda beslut (jan-mars)", "VU", null, G),
        (4, "Efterfråga uppdaterad hyreslista från fastighetsavdelningen", "Koordinator", null, None),
        (5, "Branschdialog boendestöd", "EC/vuxenhandläggare/gruppledare", null, G),
        (5, "Förbereda/planera individuellt inför sommarsemester", "Hela arbetsgruppen", null, G),
        (5, "Kontroll och översyn över webb, broschyrer och blanketter", "VU", null, G),
        (5, "Bevaka OPI", "EC/avtalskontroller", null, None),
        (5, "Funktionshinderrådet 12 maj 2022 Delårsbokslut 1", "", null, None),
        (5, "Inrapportering öppna jämförelser", "VU", null, G),
        (6, "Öppna jämförelser publiceras", "", null, G),
        (6, "Kommunplan tas 7 juni 2022", "", null, G),
        (6, "Gemensam sommaravslutning MÅF 16 juni 2022", "", null, G),
        (8, "Påminna handläggarna om att inte lägga några beslut till 30 september", "Gruppledare/VU", null, G),
        (8, "Underlag för delårsrapport T2 förbereds", "EC/VU", null, None),
        (8, "Planering branschdialog hösten", "", "Flyttas till sep", None),
        (8, "Ärenderäkning + omfördelning vid behov", "Gruppledare", null, G),
        (8, "Inrapportering av ej verkställda beslut (april-juni)", "VU", null, G),
        (9, "Avstämningssamtal med medarbetarna", "EC", null, A),
        (9, "Branschdialog boendestöd", "EC/vuxenhandläggare/gruppledare", null, A),
        (9, "Branschdialog ledsagning/avlösning", "EC/handläggare/gruppledare", null, A),
        (9, "Ansöka om semester inför jul/nyår", "Hela arbetsgruppen", null, A),
        (9, "Arbeta med gemensamt årshjul inför nästa år", "", null, A),
        (9, "Samverkan med Tyresö gymnasium, barn- och utbildningsförvaltningen, SamMA-projektet, försäkringskassan, arbetsförmedlingen kring kommande behov av daglig verksamhet", "EC/gruppledare", null, G),
        (9, "Inventera framtida behov av gruppboende för ungdomar 15 år och uppåt och påminn om att ställa sig i bostadskö vid 16 års ålder Koppla in vuxenhandläggare för ungdomar på 9:8-boende som ska flytta juni 2023", "Barnhandläggare", null, G),
        (9, "Avstämning kvalitetsledningssystem Analys och genomgång av resultat Öppna jämförelser och enhetsundersökningar", "", null, A),
        (9, "Brukarundersökning MÅF planeras", "", null, G),
        (9, "Inrapportering av KKIK påbörjas", "", null, G),
        (10, "Aktrensning", "Gruppledare/handläggare", null, G),
        (10, "Branschdialog boendestöd", "EC/vuxenhandläggare/gruppledare", null, G),
        (10, "Branschdialog daglig verksamhet", "EC/vuxenhandläggare/gruppledare", null, G),
        (10, "Genomförande och avslut av brukarundersökningar funktionsnedsättning", "SAS", null, None),
        (10, "Inrapportering av ej verkställda beslut (juni-sept)", "VU", null, None),
        (10, "Nämndplanen tas 23 oktober", "", null, None),
        (10, "Planeringsdagar för enheterna för att ta fram underlag till enhetsplanen 26-27 oktober 2023", "", null, None),
        (10, "Arbeta med resultatet från den egna brukarenkäten", "Hela arbetsgruppen", null, None),
        (11, "Enhetsplan för 2023 ska vara klar", "EC", null, G),
        (11, "Branschdialog gruppbostad", "EC/vuxenhandläggare/gruppledare", null, G),
        (11, "Se över behov av KITT för kommande läsår Koppla in vuxenhandläggare för ungdomar som tar studenten juni 2023", "Barnhandläggare", null, A),
        (11, "Samverkan med särskola + Bergfoten", "EC/gruppledare/barnhandläggare", null, G),
        (11, "Publicering av resultat brukarundersökning", "SAS", null, None),
        (11, "Strategidagar 24-25 november 2022", "", null, G),
        (12, "Boka in samverkansmöten för nästkommande år", "Gruppledare/handläggare", null, G),
        (12, "Ärenderäkning + omfördelning vid behov", "Gruppledare", null, G),
        (12, "Verksamhetsplan klar", "", null, G),
        (12, "Gemensam julaktivitet", "", null, G),
        (0, "Uppföljning av avtal som går ut", "Gruppledare", null, None),
        (0, "Förbättrings- och utvecklingsarbete", "Gruppledare/handläggare/VU", null, None),
        (0, "Kvalitetsråd", "EC", null, None),
        (0, "APT Månadsdialog", "Hela arbetsgruppen", null, None),
        (0, "Redovisa uppföljningar av tillsvidare-/fleråriga beslut", "Handläggare", null, None),
        (13, "Samverkan med socialpsykiatri, myndighet SoL, vuxenenheten", "Gruppledare/handläggare", null, None),
    ];

    private static readonly string[] HuddingeProcesses =
    [
        "För alla processer inom individ- och familjeomsorg",
        "Kompetensförsörjning",
        "Myndighetsutövning för vuxna",
        "Myndighetsutövning för personer som utsatts för eller som utövar våld i nära relationer",
        "Myndighetsutövning våld i nära relationer",
        "Stöd till avhoppare från kriminalitet",
        "Myndighetsutövning för personer med beroendeproblematik",
        "Öppenvårdsinsatser för personer med beroendeproblematik",
        "Stödboende för personer med beroendeproblematik",
        "Boendestöd för personer med beroendeproblematik",
        "Särskilt boende för personer med psykisk funktionsnedsättning",
        "Boendestöd för personer med psykisk funktionsnedsättning",
        "Daglig sysselsättning för personer med psykisk funktionsnedsättning",
    ];

    /// <summary>
    /// Seed 004's tables row by row: process (index above), the risk with likelihood × consequence, the egenkontroll and
    /// its purpose, the action and what is to be done. A row with a control and an action is an action the control has.
    /// </summary>
    private static readonly (int Process, string? Risk, int L, int C, string? Control, string? Purpose, string? Action, string? What)[] HuddingeRows =
    [
        (0, "Familjer får inte samordnat stöd när barn och vuxna är aktualiserade på olika enheter", 3, 3, null, null, "Uppföljning av arbetet med samutredningar",
            "Uppföljningen ska undersöka hur väl implementerade befintliga rutiner är i arbetet och om det finns behov av revideringar.\nUppföljningen ska lämna ett förslag på hur nuvarande organisation med befintliga resurser kan skapa en mer tillgänglig och rättssäker handläggning inom socialtjänsten där flera enheter är involverade i en familj.\nUppföljningen ska lämna förslag om hur arbetssättet ovan ska kunna implementeras i hela individ- och familjeomsorgen."),
        (0, null, 0, 0, "Andelen insatser i intern öppenvård avslutade inom framtagen insatstid", "För att ge god service och insatser i ett så tidigt skede som möjligt ska verksamheten öka andelen insatser avslutade inom framtagen insatstid.", null, null),
        (0, null, 0, 0, "Andel utredningar färdigställda inom beslutad utredningstid", "Kontrollera att utredningstiden ligger inom verksamhetens mål vilket är 60 dagar.", null, null),
        (0, null, 0, 0, "Andel verksamheter som har upprättade kontinuitetsplaner", null, "Revidera och vid behov upprätta kontinuitetsplaner", "Genomgång av vilka verksamheter som har befintlig plan. Revidering av befintliga planer samt upprätta planer där det saknas."),
        (1, null, 0, 0, null, null, "Implementering av kompetensmenyn", "Samla samtliga basutbildningar i kompetensmenyn."),
        (1, null, 0, 0, "Andel medarbetare med ifylld kompetensplan", "Kontrollera att vi följer upp medarbetarnas kompetens för att kunna ha ett tillförlitligt underlag för kompetensutveckling och genom detta arbeta för att säkerställa att verksamheten har medarbetare med rätt kompetens för uppdraget.", "", "Samtliga medarbetare har en aktuell ifylld Min kompetensplan"),
        (3, "Bristande skyddsbedömning i utredningen", 2, 4, null, null, "Upprätta rubriker i utredningen som är obligatoriska",
            "I en skyddsbedömning ska följande rubriker besvaras:\n- FREDA³ farlighet och beskrivning\n- Övriga riskhöjande faktorer\n- Skyddande och stärkande faktorer"),
        (3, "Ej möjlighet att följa att rätt insats ges till individer utifrån att vårdplan ej upprättas", 2, 3, "Andel beviljade insatser med upprättad vårdplan", null, "Upprätta vårdplaner vid varje beviljad insats",
            "I varje ärende med biståndsbeslut ska en vårdplan upprättas tillsammans med den sökande för att tydliggöra målet med insatsen."),
        (6, null, 0, 0, "Andel aktualiseringar åtgärdade inom 14 dagar", "Följa upp och kontrollera andelen aktualiseringar som åtgärdas inom 14 dagar.", null, null),
        (6, "Aktualiseringar kan ej åtgärdas inom 14 dagar vilket medför risk för att klienter ej får förhands och riskbedömning inom rimlig tid", 3, 3,
            "Möte med socialsekreterare inom 14 dagar från det att kontakt med mottagningen tas", "Säkerställa att klient som söker stöd på beroendeenheten får träffa en socialsekreterare inom 14 dagar för att öka lättillgängligheten.",
            "Nybesökstid på enheten återinförs", "Nybesökstid hos socialsekreterare finns inbokat i kalendern varje vecka så att mottagningen kan boka in klienter som söker stöd på beroendeenheten på den tiden."),
        (6, "Vårdplaner finns ej i alla insatser vilket medför risk för att mål saknas för vården. Det kan öka risken för att klienter inte får den vård och behandling som är planerad och som de har rätt till", 2, 3,
            "Vårdplan finns i alla ärenden och följs upp minst var tredje månad", "Säkerställa att det finns en uppdaterad vårdplan i alla klientärenden.", null, null),
        (6, "Vårdplaner finns ej i alla insatser vilket medför risk för att mål saknas för vården. Det kan öka risken för att klienter inte får den vård och behandling som är planerad och som de har rätt till", 2, 3,
            "ASI finns i alla aktuella ärenden", "Att ASI-grund eller uppföljning finns i samtliga ärenden på enheten. Om det ej går att genomföra ASI registreras bortfall. Utifrån stödbehov samordnas insatser för den enskilde.", null, null),
        (6, "Vårdplaner finns ej i alla insatser vilket medför risk för att mål saknas för vården. Det kan öka risken för att klienter inte får den vård och behandling som är planerad och som de har rätt till", 2, 3,
            "U-båt görs vid externa insatser och vid avslutad utredning", "Att säkerställa en god kvalitet och brukarinflytande.", null, null),
        (7, "Våldsutsatt klient riskerar att möta sin förövare i öppenvårdens lokaler", 3, 3, null, null, "Lägga till underrubriker till rubriken Riskbedömning i remissen till öppenvården",
            "Skriva underrubrik \"Våldsutsatthet/ våldsutövning\" till rubriken \"Riskbedömning\" i remissen till öppenvården."),
        (7, "Våldsutsatt klient riskerar att möta sin förövare i öppenvårdens lokaler", 3, 3, null, null, "Utökade mottagningsrutiner",
            "Lägga till punkt/fråga till klient i mottagningens checklista: \"Finns det någon person du inte vill möta på Forum 4:a⁴?\"."),
        (7, "Våldsutsatt klient riskerar att möta sin förövare i öppenvårdens lokaler", 3, 3, null, null, "Utökade rutiner vid byte av insats",
            "I samband med upprättandet av ny genomförandeplan vid ny behandlingsinsats fråga: \"Finns det någon person/grupp av personer du inte vill möta på Forum 4:a?\"."),
        (7, "Avhoppande gängkriminell klient riskerar att möta rivaliserande gängmedlem i öppenvårdens lokaler", 3, 3, null, null, "Lägga till underrubriker till rubriken Riskbedömning i remissen till öppenvården",
            "Skriva underrubrik \"Avhoppare/ gängkriminalitet\" till rubriken \"Riskbedömning\" i remissen till öppenvården."),
        (7, "Avhoppande gängkriminell klient riskerar att möta rivaliserande gängmedlem i öppenvårdens lokaler", 3, 3, null, null, "Utökade mottagningsrutiner",
            "Lägga till punkt/fråga till klient i mottagningens checklista: \"Finns det någon person du inte vill möta på Forum 4:a?\"."),
        (7, "Avhoppande gängkriminell klient riskerar att möta rivaliserande gängmedlem i öppenvårdens lokaler", 3, 3, null, null, "Utökade rutiner vid byte av insats",
            "I samband med upprättandet av ny genomförandeplan vid ny behandlingsinsats fråga: \"Finns det någon person du inte vill möta på Forum 4:a?\"."),
        (8, null, 0, 0, "Antal klienter som flyttar från Balder utan att ha en ordnad bostad", "Hur många klienter har inte en ordnad bostad efter flytt från Balder/Att få fram resultat på hur vi löser boendefrågan till de som är bostadslösa.", null, null),
        (8, "Stödet som ges får inte långvarig effekt om klienten är bostadslös efter sin tid på Balder", 2, 3,
            "Följa personalens arbete kring att stötta klienter att hitta bostad", "Säkerställa att klienterna får de stöd de behöver gällande bostadssökande.", null, null),
        (9, "Brukare får fel bemötande på grund av avsaknad av information om hot och våld", 2, 3, null, null, "Informationsmöte med handläggare om ny klient",
            "Viktigt att gruppledare/ boendestödjare alltid frågar om hot och våld vid första informationsmötet med handläggaren.\nFråga om det finns information från placerat boende eller från annan källa."),
        (9, null, 0, 0, "Andel verkställda beslut inom 14 dagar", "Kontrollera att uppdraget verkställts inom 14 dagar. Klienten ska inom 14 dagar påbörja det stöd som hen beviljats.", null, null),
        (10, "Samsjuklighet psykiatri/missbruk - brukare kan ej tillgodogöra sig insatser på grund av samtidigt beroende", 2, 3, null, null, "Samarbete och dokumentation",
            "Samarbete mellan uppsökarna, beroendeenheten och särskilda boenden. Dokumentera i Life Care."),
        (10, "Risk för att brukare utsätts för begränsningsåtgärder", 2, 4, null, null, "Öka kunskap kring skydds- och begränsningsåtgärder",
            "Enheterna identifierar vilka medarbetare som är i behov av kompetensutveckling samt planerar för genomförande."),
        (10, "Risk för att brukare utsätts för begränsningsåtgärder", 2, 4, null, null, "Ny rutin för skydds- och begränsningsåtgärder",
            "Fortsätta arbetet med att implementera rutin för skydds- och begränsningsåtgärder."),
        (10, "Risk att patienterna inte får ett samordnat stöd på grund av brist på samverkan med specialistvården", 2, 3, null, null, "Följa upp effekten av de gemensamma forum där sektionschefer och berörda enhetschefer regelbundet möts",
            "Syftet med mötena är att förbättra samverkan och vara ett forum där man gemensamt talar om problem samt lösningar och eventuella åtgärder."),
        (10, "Risk att patienterna inte får ett samordnat stöd på grund av brist på samverkan med specialistvården", 2, 3, null, null, "Ökad kunskap kring avvikelser",
            "Information till alla medarbetare från förvaltningens medicinskt ansvariga sjuksköterska."),
        (10, null, 0, 0, "Rapportering av HSL-avvikelser", "Att säkerställa att HSL-avvikelser rapporteras i systemet.", "Tillsätta ansvarig för avvikelser",
            "En medarbetare i varje boende kommer ha i uppgift att sammanfatta avvikelser månadsvis för att se eventuella samband, återkommande avvikelser och så vidare. Rutiner för detta skall tas fram likaså förtydligande av uppdraget."),
        (11, null, 0, 0, "Andel ärenden med upprättad genomförandeplan", "Säkerställa att alla brukare har en genomförandeplan och därmed att arbetet utförs i enlighet med uppsatta mål i beställningen.", null, null),
        (11, null, 0, 0, "Andel verkställda biståndsbeslut inom 14 dagar", "Kontrollera att alla biståndsbeslut verkställs.", null, null),
        (11, null, 0, 0, "Andel ärenden som får det antal boendestödstillfällen de är beviljade", "Kontrollera att alla beviljade boendestödstillfällen utförs.", null, null),
        (12, "Brukaren får inte den sysselsättning hen behöver utifrån att genomförandeplan inte upprättas/inte upprättas i tid", 2, 3,
            "Andel uppföljningar på genomförandeplanen", "Säkerställa uppföljningar på genomförandeplanen i alla ärenden inom 6 månader från upprättandet. Detta för att kunna justera genomförandet så att brukaren får en behovsanpassad sysselsättning.",
            "Uppdatera rutiner och lathundar", "Uppdatera rutiner och förbättra lathundar\nÄrendegenomgång med gruppledare varje kvartal."),
    ];

    private static readonly (int Process, string Name)[] HuddingeIndicators =
    [
        (2, "Andelen vuxenutredningar avslutade inom 60 dagar"),
        (4, "Brukarbedömning våld i nära relationer – förbättrad situation, andel (%)"),
        (5, "Avhoppare från kriminell bana som vid avslutad insats inte återfallit i kriminalitet, andel (%)"),
        (7, "Andel vuxna som fått insats inom öppenvården och efter avslutad insats nått målet med insatsen"),
        (7, "Brukarbedömning missbruksvård IFO - förbättrad situation, andel (%)"),
        (11, "Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, andel (%) (Socialpsykiatri)"),
    ];

    /// <summary>Adds both units' quality data; call after the goals are saved (the LSS risks point at the nämndmål).</summary>
    public static async Task AddAsync(VerksamDbContext db, Guid lssBoard, Guid lssUnit, Guid huddinge, Guid ifoVuxna, CancellationToken cancellationToken)
    {
        var boardGoals = await db.Goals.Where(g => g.OrgUnitId == lssBoard && g.Year == DemoIndicators.Year).ToDictionaryAsync(g => g.Perspective ?? string.Empty, g => g.Id, cancellationToken);
        AddLss(db, lssUnit, boardGoals);
        AddHuddinge(db, huddinge, ifoVuxna);
    }

    private static void AddLss(VerksamDbContext db, Guid unit, Dictionary<string, Guid> boardGoals)
    {
        var year = DemoIndicators.Year;
        var order = 0;
        foreach (var r in LssRisks)
        {
            order += 10;
            var risk = new Risk
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unit,
                Year = year,
                Category = r.Category,
                GoalId = r.Perspective is { } p ? boardGoals[p] : null,
                Description = r.Risk,
                Likelihood = r.L,
                Consequence = r.C,
                InFollowUp = true,
                SortOrder = order,
                Version = Guid.NewGuid(),
            };
            db.Risks.Add(risk);
            db.RiskScores.Add(new RiskScore { Id = Guid.NewGuid(), RiskId = risk.Id, OrgUnitId = unit, ChangedAt = new DateTime(year, 1, 20, 9, 0, 0, DateTimeKind.Utc), ChangedBy = "Enhetschef Myndighet LSS", Likelihood = r.L, Consequence = r.C });
            var actionOrder = 0;
            foreach (var a in r.Actions)
            {
                db.QualityActions.Add(new QualityAction { Id = Guid.NewGuid(), OrgUnitId = unit, Year = year, RiskId = risk.Id, Title = a, Status = ActionStatus.Ongoing, SortOrder = order * 100 + ++actionOrder, Version = Guid.NewGuid() });
            }
        }

        order = 0;
        foreach (var a in LssAssignments)
        {
            db.Assignments.Add(new Assignment
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unit,
                Year = year,
                Title = a.Title,
                Aim = a.Aim,
                Comment = a.Comment,
                Status = null, // seed 000's Status column is empty for every assignment
                SortOrder = order += 10,
                Version = Guid.NewGuid(),
            });
        }

        order = 0;
        foreach (var w in LssWheel)
        {
            db.WheelActivities.Add(new WheelActivity
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unit,
                Year = year,
                Timing = w.Month switch { 0 => WheelTiming.EveryMonth, 13 => WheelTiming.Ongoing, _ => WheelTiming.Month },
                Month = w.Month is >= 1 and <= 12 ? w.Month : null,
                Title = w.Title,
                Responsible = w.Responsible.Length == 0 ? null : w.Responsible,
                Comment = w.Comment,
                Mark = w.Mark switch { G => Rag.Green, A => Rag.Yellow, R => Rag.Red, _ => null },
                SortOrder = order += 10,
                Version = Guid.NewGuid(),
            });
        }
    }

    private static void AddHuddinge(VerksamDbContext db, Guid municipality, Guid unit)
    {
        db.MunicipalitySettings.Add(new MunicipalitySettings { OrgUnitId = municipality, RiskMatrixSize = 4, RiskFollowUpThreshold = 9, RiskYellowFrom = 5, RiskRedFrom = 9, Version = Guid.NewGuid() });
        var year = HuddingeYear;
        var processes = HuddingeProcesses.Select((name, i) => new QualityProcess { Id = Guid.NewGuid(), OrgUnitId = unit, Name = name, SortOrder = (i + 1) * 10, Version = Guid.NewGuid() }).ToList();
        db.QualityProcesses.AddRange(processes);
        var risks = new Dictionary<string, Risk>();
        var order = 0;
        foreach (var row in HuddingeRows)
        {
            order += 10;
            var process = processes[row.Process].Id;
            Risk? risk = null;
            if (row.Risk is { } text && !risks.TryGetValue(text, out risk))
            {
                risk = new Risk { Id = Guid.NewGuid(), OrgUnitId = unit, Year = year, ProcessId = process, Description = text, Likelihood = row.L, Consequence = row.C, InFollowUp = row.L * row.C >= 9, SortOrder = order, Version = Guid.NewGuid() };
                risks[text] = risk;
                db.Risks.Add(risk);
                db.RiskScores.Add(new RiskScore { Id = Guid.NewGuid(), RiskId = risk.Id, OrgUnitId = unit, ChangedAt = new DateTime(year - 1, 11, 15, 9, 0, 0, DateTimeKind.Utc), ChangedBy = "Enhetschef Individ- och familjeomsorg vuxna", Likelihood = row.L, Consequence = row.C });
            }

            Guid? controlId = null;
            if (row.Control is { } control)
            {
                controlId = Guid.NewGuid();
                db.SelfMonitorings.Add(new SelfMonitoring { Id = controlId.Value, OrgUnitId = unit, Year = year, ProcessId = process, RiskId = risk?.Id, Title = control, Purpose = row.Purpose, IsInternalControl = true, SortOrder = order, Version = Guid.NewGuid() });
            }

            if (row.Action is not null || row.What is not null)
            {
                db.QualityActions.Add(new QualityAction
                {
                    Id = Guid.NewGuid(),
                    OrgUnitId = unit,
                    Year = year,
                    RiskId = risk?.Id,
                    ControlId = controlId,
                    ProcessId = process,
                    Title = row.Action ?? string.Empty,
                    Description = row.What,
                    Status = ActionStatus.Planned,
                    SortOrder = order + 1,
                    Version = Guid.NewGuid(),
                });
            }
        }

        order = 0;
        foreach (var (processIndex, name) in HuddingeIndicators)
        {
            order += 10;
            var indicator = new Indicator { Id = Guid.NewGuid(), OrgUnitId = unit, Year = year, Name = name, Unit = MeasureUnit.Percent, Periodicity = Periodicity.Year, SortOrder = order, IsDemo = true, Version = Guid.NewGuid() };
            db.Indicators.Add(indicator);
            db.ProcessIndicators.Add(new ProcessIndicator { ProcessId = processes[processIndex].Id, IndicatorId = indicator.Id, OrgUnitId = unit, SortOrder = order });
        }

        using var stream = typeof(DemoQuality).Assembly.GetManifestResourceStream("Verksam.Demo.seed004-quality-plan-texts.json")
            ?? throw new InvalidOperationException("Demo quality plan texts missing.");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
        var plan = new OperationalPlan { Id = Guid.NewGuid(), OrgUnitId = unit, Year = year, Version = Guid.NewGuid() };
        db.OperationalPlans.Add(plan);
        foreach (var (key, text) in texts)
        {
            db.PlanSectionTexts.Add(new PlanSectionText { Id = Guid.NewGuid(), PlanId = plan.Id, OrgUnitId = unit, SectionKey = key, Text = text, Version = Guid.NewGuid() });
        }
    }
}
