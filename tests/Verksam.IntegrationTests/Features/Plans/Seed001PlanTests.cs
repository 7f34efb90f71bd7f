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

    /// <summary>
    /// Every text of every goal in seed 001: the goal's number, the text's heading, and its first and last six words as
    /// the seed writes them (bullets and line breaks left out). A text moved under another heading, cut or joined to
    /// the next fails here.
    /// </summary>
    private static readonly (string Goal, string Heading, string Starts, string Ends)[] SeedGoalTexts =
    [
        ("1.3.1", "Beskrivning", "Barn, unga och vuxna som behöver", "och delaktighet för personer med funktionsnedsättning."),
        ("1.3.1", "Förväntat resultat", "Individer och familjer med stödbehov får", "och får stöd för egen del"),
        ("1.3.1.1", "Förväntat resultat", "Andelen utförda timmar gällande avlösning och", "samtal i samverkan med båda enheterna"),
        ("1.3.1.1", "Arbetssätt", "Inför det att en person med", "ett personcentrerat förhållningssätt och individuella behov."),
        ("1.3.1.1", "Resursanvändning", "Enhetschef beställarenheten äldre Biståndshandläggare Enhetschef hemtjänst", "Biståndshandläggare Enhetschef hemtjänst och avlösning/ledsagning Kontaktpersoner"),
        ("1.3.1.1", "Uppföljning", "Beställarenheten följer upp genom kontroll alla", "och dokumenteras i den sociala dokumentationen."),
        ("1.3.1.1", "Utveckling", "Beställarenheten äldre ska utveckla övergångssamtalen så", "ledsagnings och avlösnings timmar blir utförda."),
        ("1.3.2.1.1", "Förväntat resultat", "Andelen kunder som upplever delaktighet ökar.", "som ansöker om personligt stöd ökar."),
        ("1.3.2.1.1", "Arbetssätt", "Ett inledande samtal genomförs av planerare", "har dialog med biståndshandläggare vid behov."),
        ("1.3.2.1.1", "Resursanvändning", "Medarbetare. Planerare/administratör. Enhetschef. Kunder / anhöriga.", "Medarbetare. Planerare/administratör. Enhetschef. Kunder / anhöriga."),
        ("1.3.2.1.1", "Uppföljning", "Vid förändringar i beställningen. Genomgång av", "i T1, T2 och VB. Anhöriga."),
        ("1.3.2.1.1", "Utveckling", "Kompetensutveckling.", "Kompetensutveckling."),
        ("1.3.2", "Beskrivning", "Alla verksamheter inom förvaltningen arbetar för", "och motverka försummelse av äldre omsorgstagare."),
        ("1.3.2", "Förväntat resultat", "Medarbetare har kunskaper om relationsvåld, hedersrelaterat", "grundläggande kunskaper för att arbeta våldsförebyggande."),
        ("1.3.2.1", "Förväntat resultat", "Antalet äldre som under utredning tillfrågats", "genomförs inom samtliga verksamheter under året"),
        ("1.3.2.1", "Arbetssätt", "Medarbetare i alla verksamheter har grundläggande", "kan ta stöd av relationsvåldsteamet (RVT)."),
        ("1.3.2.1", "Resursanvändning", "Biståndshandläggare Medarbetare inom förebyggande enheten och", "förebyggande enheten och alla utförare enheter."),
        ("1.3.2.1", "Uppföljning", "Beställarenheten följer upp genom egenkontroller att", "del av kompetenshöjande insatser gällande försummelse."),
        ("1.3.2.1", "Utveckling", "Utveckla medarbetarna kompetens gällande våld och", "och försumelse. Öka användandet av Reagera-S."),
        ("1.3.2.2", "Förväntat resultat", "Medarbetarnas kunskap ökar inom områdena våld", "våld i nära relation och försummelse."),
        ("1.3.2.2", "Arbetssätt", "Den medarbetare som uppmärksammar eller misstänker", "i olika mötes forum på enheten."),
        ("1.3.2.2", "Resursanvändning", "Webbutbildning. Avsatt tid för diskussioner i", "diskussioner i grupp. Medarbetare. Planerare. Enhetschef."),
        ("1.3.2.2", "Uppföljning", "Protokoll från arbetsplatsträffar. Samverkansmöten med beställarenheterna,", "med beställarenheterna, primärvården samt anhörigstöd. Tertialrapporter."),
        ("1.3.2.2", "Utveckling", "Fortlöpande upprätthålla kunskapen hos medarbetare inom", "kunna arbeta i enlighet med målet."),
        ("1.4.1", "Beskrivning", "Stadsdelsnämndens verksamheter bidrar till att äldre", "personal används där så är möjligt."),
        ("1.4.1", "Förväntat resultat", "Andel äldre som känner sig trygga", "nöjda med möjlighet till utevistelse ökar"),
        ("1.4.1.1", "Förväntat resultat", "Andel äldre som känner sig trygga", "genomförs samt följ upp under året."),
        ("1.4.1.1", "Arbetssätt", "Verksamheterna bidrar till att äldre personer", "validation. Verksamheten genomför Stjärnmärkning under året."),
        ("1.4.1.1", "Resursanvändning", "Enhetschefer och medarbetare inom äldreomsorgen", "Enhetschefer och medarbetare inom äldreomsorgen"),
        ("1.4.1.1", "Uppföljning", "Uppföljning sker genom ordinarie verksamhetsuppföljningar i", "antalet inkomna genomförandeplaner och dess kvalitet."),
        ("1.4.1.1", "Utveckling", "Uppföljning av resultat och identifiering av", "av resultat och identifiering av förbättringsåtgärder."),
        ("1.4.1.1.2", "Förväntat resultat", "Andelen som upplever delaktighet i utformandet", "medarbetare ska genomgå utbildning i fallprevention."),
        ("1.4.1.1.2", "Arbetssätt", "Ett inledande samtal genomförs av planerare", "att kunna nå en god kontinuitet."),
        ("1.4.1.1.2", "Resursanvändning", "Medarbetare Planerare Planerad avsatt tid för", "genomförandeplaner Avsatt tid för olika mötesforum."),
        ("1.4.1.1.2", "Uppföljning", "Uppföljning vid tertialrapporter och verksamhetsberättelse Egenkontroll", "Löpande uppföljning av den planerade kontinuiteten"),
        ("1.4.1.1.2", "Utveckling", "Stärka och öka kunskapen hos medarbetare", "kontaktman genom utbildning och praktisk träning."),
        ("1.4.1.2", "Förväntat resultat", "Antalet rapporterade avvikelser bibehålls eller ökar", "uppföljning genom QUSTA bibehålls eller förbättras"),
        ("1.4.1.2", "Arbetssätt", "Enheterna har ett anpassat ledningssystem för", "beteendestörningar och psykiska symtom vid demens."),
        ("1.4.1.2", "Resursanvändning", "Avdelningens ledningsgrupp med stabsfunktioner. Medarbetarnas kompetens", "ledningssystemet och i det dagliga arbetet."),
        ("1.4.1.2", "Uppföljning", "I samband med verksamhetsuppföljning. Uppföljning av", "sker genom egenkontroller BHK och PPM."),
        ("1.4.1.2", "Utveckling", "Utifrån utfall i egenkontroller BHK och", "åtgärder för ett fortsatt gott resultat."),
        ("1.4.1.2.3", "Förväntat resultat", "Antalet rapporterade avvikelser bibehålls eller ökar", "hygienrutiner och klädregler är fortsatt hög"),
        ("1.4.1.2.3", "Arbetssätt", "Enheten har ett anpassat ledningssystem för", "på eventuella avvikelser, klagomål och synpunkter."),
        ("1.4.1.2.3", "Resursanvändning", "Medarbetare Planerare Enhetschef ILS 2c8", "Medarbetare Planerare Enhetschef ILS 2c8"),
        ("1.4.1.2.3", "Uppföljning", "Uppföljning vid tertialrapporter och verksamhetsberättelse. Enheten", "lokala rutiner Samverkan med förvaltningens verksamhetsutvecklare."),
        ("1.4.1.2.3", "Utveckling", "Fortsatt utveckling av avvikelsehantering Utbildning för", "del av processer och rutiner digitalt."),
        ("2.1.1", "Beskrivning", "Förvaltningen prioriterar följande för att uppnå", "att matsvinnet minskar och matavfallsinsamlingen används."),
        ("2.1.1", "Förväntat resultat", "Energiförbrukningen i förvaltningens verksamheter minskar Matsvinnet", "och energieffektiva storkök genomförs enligt plan"),
        ("2.1.1.1", "Förväntat resultat", "Matsvinnet minskar Verksamheterna serverar en hög", "genomförs av respektive målgrupp enligt plan."),
        ("2.1.1.1", "Arbetssätt", "Avdelningen bidrar till förvaltningens fortsätta arbete", "av en hög andel klimatsmart mat."),
        ("2.1.1.1", "Resursanvändning", "Enhetschefer och medarbetare.", "Enhetschefer och medarbetare."),
        ("2.1.1.1", "Uppföljning", "I T1,T2 och VB", "I T1,T2 och VB"),
        ("2.1.1.1", "Utveckling", "Se över åtgärder för att ytterligare", "minska matsvinnet och minska enheternas energiförbrukning."),
        ("2.1.1.1.1", "Förväntat resultat", "Enheten ökar noggrannheten vid sortering och", "energiförbrukningen. Berörda medarbetare genomför stadens e-utbildning."),
        ("2.1.1.1.1", "Arbetssätt", "Enhetens medarbetare tar hand om avfall", "lokaler. Checklista används för minskad elförbrukning."),
        ("2.1.1.1.1", "Resursanvändning", "Medarbetare Planerare / administratör Enhetchef E-utbildning", "Medarbetare Planerare / administratör Enhetchef E-utbildning"),
        ("2.1.1.1.1", "Uppföljning", "Uppföljning sker vid tertialrapporter samt vid", "sker vid tertialrapporter samt vid verksamhetsberättelse."),
        ("2.1.1.1.1", "Utveckling", "Medvetandegöra medarbetare kring arbetet med att", "samt rutiner och noggrannhet vid avfallshantering."),
        ("2.4.1", "Beskrivning", "Åtgärder genomförs för att skapa en", "minskar användningen av plast och engångsartiklar."),
        ("2.4.1", "Förväntat resultat", "Verksamheterna gör kemikaliesmarta inköp och minskar", "på djurskydd och restriktiv antibiotikaanvändning påbörjas"),
        ("2.4.1.1", "Förväntat resultat", "Verksamheter serverar en hög andel ekologiska", "minskar användningen av plast och engångsartiklar"),
        ("2.4.1.1", "Arbetssätt", "Medarbetarna har kännedom om den lokala", "miljöfarliga ämnen och att rapportering sker."),
        ("2.4.1.1", "Resursanvändning", "Enhetschefer", "Enhetschefer"),
        ("2.4.1.1", "Uppföljning", "Hantera Livs och Chemsoft.", "Hantera Livs och Chemsoft."),
        ("2.4.1.1", "Utveckling", "Se över arbetssätt för att öka", "att öka utfasning av miljöfarliga ämnen."),
        ("2.4.1.1.1", "Förväntat resultat", "Minst 70 % av varor och", "Enheten använder inte plast och engångsartiklar."),
        ("2.4.1.1.1", "Arbetssätt", "Samtliga inköpsansvariga följer kravet på att", "kännedom om lokala miljö- och klimathandlingsplanen."),
        ("2.4.1.1.1", "Resursanvändning", "Beställningsansvarig Enhetschef Chemsoft Agresso", "Beställningsansvarig Enhetschef Chemsoft Agresso"),
        ("2.4.1.1.1", "Uppföljning", "Uppföljning sker vid tertialrapporter samt verksamhetsberättelse.", "meddelas under året löpande av ekonomiavdelningen."),
        ("2.4.1.1.1", "Utveckling", "Medarbetare får en ökad kunskap om", "medvetenhet om miljövänliga och klimatsmarta varor."),
        ("3.1.1", "Beskrivning", "Förvaltningen följer stadens system för uppföljning", "bästa möjliga resultat för stadsdelsområdets invånare."),
        ("3.1.1", "Förväntat resultat", "Förvaltningen har en budget i balans", "män och kvinnor, flickor och pojkar."),
        ("3.1.1.1", "Förväntat resultat", "Enheterna har en budget i balans", "balans Enheterna uppfyller målen i verksamhetsplanen"),
        ("3.1.1.1", "Arbetssätt", "Enheterna har rutiner för hantering av", "hantering av ökat och minskat behov."),
        ("3.1.1.1", "Resursanvändning", "Enhetschefer", "Enhetschefer"),
        ("3.1.1.1", "Uppföljning", "Uppföljning sker i månadsprognoser, tertialrapporter och", "Handlingsplan följs upp vid samma tillfällen."),
        ("3.1.1.1", "Utveckling", "Att säkerställa bättre budget prognoser och", "att hitta och följa upp åtgärder."),
        ("3.1.1.1.1", "Förväntat resultat", "Balansen mellan intäkter och kostnader ökar.", "res och kringtid. Ökning av utförandegraden/produktiviteten."),
        ("3.1.1.1.1", "Arbetssätt", "Den enskildes beviljade insatser planeras effektivt", "chef vid budgetunderskott eller befarat budgetunderskott."),
        ("3.1.1.1.1", "Resursanvändning", "Planerare/administratörer Medarbetare Enhetschef Ekonomicontroller", "Planerare/administratörer Medarbetare Enhetschef Ekonomicontroller"),
        ("3.1.1.1.1", "Uppföljning", "Uppföljning månadsvis av nyckeltal för planerings", "ekonomicontroller samt vid tertialrapporter och verksamhetsberättelse"),
        ("3.1.1.1.1", "Utveckling", "Fortsatt arbete för att hitta en", "åtgärdsplan samt hitta nya eventuella åtgärder."),
        ("3.3.1", "Beskrivning", "Boende är en grundläggande förutsättning för", "att säkerställa långsiktiga lösningar och insatser."),
        ("3.3.1", "Förväntat resultat", "Barnfamiljer och vuxna får stöd och", "helhetsbehov av stöd, vård och omsorg"),
        ("3.3.1.1", "Förväntat resultat", "Andel avhysningar av äldre som kunnat", "av äldre som kunnat avvärjas ökar"),
        ("3.3.1.1", "Arbetssätt", "Avdelningen utvecklar en äldrelots som ska", "rätt insats ges i rätt tid."),
        ("3.3.1.1", "Resursanvändning", "Enhetschef och äldrelots", "Enhetschef och äldrelots"),
        ("3.3.1.1", "Uppföljning", "I VB. Aktuella ärenden följs upp", "följs upp av enhetschef och avdelningschef."),
        ("3.3.1.1", "Utveckling", "Att minska antalet avhysningar.", "Att minska antalet avhysningar."),
        ("3.3.1.1.1", "Förväntat resultat", "Risken att bli vräkt uppmärksammas av", "undvika vräkning i samverkan med biståndshandläggare."),
        ("3.3.1.1.1", "Arbetssätt", "Medarbetarna är uppmärksamma på tecken som", "där vi uppmärksammar risker för vräkning."),
        ("3.3.1.1.1", "Resursanvändning", "Medarbetare Planerare Enhetschef Biståndshandläggare", "Medarbetare Planerare Enhetschef Biståndshandläggare"),
        ("3.3.1.1.1", "Uppföljning", "Samverkan med beställarenheten för både äldre", "sker även vid tertialrapportering och verksamhetsberättelse."),
        ("3.3.1.1.1", "Utveckling", "Hålla ämnet aktuellt för alla medarbetare.", "Hålla ämnet aktuellt för alla medarbetare."),
        ("3.4.1", "Beskrivning", "Förvaltningen har ett systematiskt arbetsmiljöarbete med", "en bra social och organisatorisk arbetsmiljö."),
        ("3.4.1", "Förväntat resultat", "Index bra arbetsgivare ökar Ledarskapsindex ökar", "ökar Förutsättningar för närvarande ledarskap förbättras"),
        ("3.4.1.1", "Förväntat resultat", "Fler chefer utbildas i stadens ledarskapsmodell,", "bibehålls eller ökar inom samtliga enheter"),
        ("3.4.1.1", "Arbetssätt", "Avdelningens chefer arbetar med stadens ledarskapsmodell,", "arbetsmiljö och arbetsrätt genom förvaltningens HR-avdelning."),
        ("3.4.1.1", "Resursanvändning", "Enhetschef och medarbetare", "Enhetschef och medarbetare"),
        ("3.4.1.1", "Uppföljning", "I VB.", "I VB."),
        ("3.4.1.1", "Utveckling", "Öka det närvarande ledarskapet", "Öka det närvarande ledarskapet"),
        ("3.4.1.1.1", "Förväntat resultat", "Medarbetare känner till kontaktväg till närmsta", "ges möjlighet till engagemang Ledarskapsindex ökar"),
        ("3.4.1.1.1", "Arbetssätt", "Enhetschef aviserar sin kalender och kontaktvägar", "till god kommunikation, utveckling och kvalitet"),
        ("3.4.1.1.1", "Resursanvändning", "Medarbetare Enhetschef", "Medarbetare Enhetschef"),
        ("3.4.1.1.1", "Uppföljning", "Resultatet från medarbetarenkäten och uppföljning av", "sker även vid tertialrapporter och verksamhetsberättelse."),
        ("3.4.1.1.1", "Utveckling", "Ledarskapet utifrån Full Range Leadership Model", "Ledarskapet utifrån Full Range Leadership Model"),
        ("3.4.2", "Beskrivning", "Ett aktivt medarbetarskap ger förutsättningar för", "på hållbart arbetsliv, lärande och utveckling."),
        ("3.4.2", "Förväntat resultat", "Medarbetare utövar ett aktivt medarbetarskap Medarbetare", "verksamhetsutveckling Andelen tillsvidareanställningar och heltider ökar"),
        ("3.2.2.1", "Förväntat resultat", "Kompetensutvecklingsplan för samtliga utförarverksamheter revideras under", "för samtliga utförarverksamheter revideras under året"),
        ("3.2.2.1", "Arbetssätt", "Äldreomsorgen eftersträvar en lärande organisation där", "står för spetskompetens inom sitt kunskapsområde."),
        ("3.2.2.1", "Resursanvändning", "Enhetschef. Projektledare för kompetensutvecklingsinsatser planerar, genomför", "följer upp kompetenshöjande insatser och utbildningar."),
        ("3.2.2.1", "Uppföljning", "Projektledare för kompetensutvecklingsinsatser följer upp projektet", "följer upp projektet kontinuerligt under året."),
        ("3.2.2.1", "Utveckling", "Projektledare för kompetensutvecklingsinsatser inventerar fortsatta behov", "inom verksamheterna inom ramen för projektet."),
        ("3.2.2.1.1", "Förväntat resultat", "Löpande arbete med utvecklingsmaterialet \"Aktivt medarbetarskap\"", "i första hjälpen till psykisk hälsa."),
        ("3.2.2.1.1", "Arbetssätt", "Löpande arbete med utvecklingsmaterialet \"Aktivt medarbetarskap\".", "samt första hjälpen till psykisk hälsa."),
        ("3.2.2.1.1", "Uppföljning", "Medarbetarenkäten följs upp och utifrån analysen", "upprättas där också resultat gås igenom."),
        ("3.5.1", "Beskrivning", "Förvaltningen utgår från de prioriteringar som", "så är lämpligt utifrån gällande informationsklassning."),
        ("3.5.1", "Förväntat resultat", "Förvaltningen har en god beredskap att", "med informationssäkerhet och dataskydd sker systematiskt"),
        ("3.5.1.1", "Förväntat resultat", "Beredskapen för oväntade händelser, samhällsstörningar eller", "oväntade händelser, samhällsstörningar eller kris ökar."),
        ("3.5.1.1", "Arbetssätt", "Samtliga verksamheter har uppdaterade riskanalyser, riskbedömningar", "har god kunskap om verksamhetens evakueringsplan."),
        ("3.5.1.1", "Resursanvändning", "Enhetschef.", "Enhetschef."),
        ("3.5.1.1", "Uppföljning", "Uppföljning sker i T2 och VB.", "VB. Uppföljning sker även under verksamhetsuppföljningar."),
        ("3.5.1.1", "Utveckling", "Kontinuerligt revidera riskanalyser, riskbedömningar och krisplaner", "riskbedömningar och krisplaner utifrån rådande situation."),
        ("3.5.1.1.1", "Förväntat resultat", "Enheten har en god beredskap för", "skyddsmaterial för beredskap vid oväntade händelser."),
        ("3.5.1.1.1", "Arbetssätt", "Enheten arbetar med att utveckla befintliga", "i arbetet på arbetsplatsträffar och kvalitetsmöten"),
        ("3.5.1.1.1", "Resursanvändning", "Enhetschef Medarbetare Planerad avsatt tid på", "Medarbetare Planerad avsatt tid på möten"),
        ("3.5.1.1.1", "Uppföljning", "Kontinuerlig uppföljning under året. Uppföljning sker", "Uppföljning sker vid tertialrapporter och verksamhetsberättelse."),
        ("3.5.1.1.1", "Utveckling", "Kontinuerligt revidera riskanalyser, riskbedömningar och krisplaner", "riskbedömningar och krisplaner utifrån rådande situation."),
        ("3.7.1", "Beskrivning", "Nämndens verksamheter arbetar för att stärka", "utsträckning. Förvaltningen söker aktivt internationella samverkansytor."),
        ("3.7.1", "Förväntat resultat", "Jämställdhetsanalys finns med i relevanta beslutsunderlag", "strategisk planering av genomförandet av hållbarhetsmålen"),
        ("3.7.1.1", "Förväntat resultat", "Andel äldre som upplever att de", "visar på betydande skillnader mellan könen."),
        ("3.7.1.1", "Arbetssätt", "Enheternas värdegrundsarbete fortgår ute i verksamheterna.", "ska utfallet analyseras och följas upp."),
        ("3.7.1.1", "Resursanvändning", "Enhetschefer och medarbetare.", "Enhetschefer och medarbetare."),
        ("3.7.1.1", "Uppföljning", "Uppföljning sker i T1, T2 samt", "Socialstyrelsens brukarundersökning samt individuppföljning på individnivå."),
        ("3.7.1.1", "Utveckling", "Analysera utfallet på indikatorer gällande bemötande,", "mellan kön och följer upp åtgärderna."),
        ("3.7.1.1.1", "Förväntat resultat", "Andelen som upplever att de blir", "jämställdhet Reflektionstid införs för enhetens medarbetare"),
        ("3.7.1.1.1", "Arbetssätt", "Enhetens medarbetare arbetar med aktivt medarbetarskap", "eventuella skillnader mellan könen inom hemtjänsten"),
        ("3.7.1.1.1", "Resursanvändning", "Enhetschef Medarbetare", "Enhetschef Medarbetare"),
        ("3.7.1.1.1", "Uppföljning", "Uppföljning sker i tertialrapporter och verksamhetsberättelse.", "uppföljningar analyseras och eventuell handlingsplan upprättas."),
        ("3.7.1.1.1", "Utveckling", "Vidareutveckling av arbetet med jämställdhetsanalyser, vidtar", "mellan kön och följer upp åtgärderna."),
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
        notWritten.ShouldBe(["Inledning Inte skrivet", "Övrigt Inte skrivet"]);
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

    [Fact]
    public async Task Demo_Plan2023_EveryGoalsSixTextsStandUnderTheSeedsHeadings()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        var session = NewSession();
        await session.LoginAsync("enhetschef.hemtjanst", DemoData.Password);

        var page = await session.GetAsync($"/organisation/{DemoData.SkarpnackHemtjanst}/verksamhetsplan/dokument?ar=2023");

        // The document's texts by goal number and heading: each text runs from its heading to the next heading or table.
        var texts = new Dictionary<(string Goal, string Heading), List<string>>();
        string? goal = null;
        string? heading = null;
        foreach (var element in page.Document.QuerySelector("article.document")!.QuerySelectorAll("h2, h3, h4, h5, h6, p, li, div.table-wrap"))
        {
            if (element.ClassList.Contains("document__heading"))
            {
                if (element.QuerySelector(".document__number") is { } number)
                {
                    goal = WebSession.Squash(number.TextContent);
                }

                heading = element.ClassList.Contains("document__heading--6") && goal is not null ? WebSession.Squash(element.TextContent) : null;
                if (heading is not null)
                {
                    texts[(goal!, heading)] = [];
                }
            }
            else if (element.LocalName == "div")
            {
                heading = null;
            }
            else if (heading is not null && (element.LocalName == "li" || element.Closest("li") is null))
            {
                // A line break is a space between the seed's words.
                texts[(goal!, heading!)].Add(WebSession.Squash(string.Join(" ", element.ChildNodes.Select(n => n.TextContent))));
            }
        }

        texts.Keys.OrderBy(k => k.Goal, StringComparer.Ordinal).ThenBy(k => k.Heading, StringComparer.Ordinal)
            .ShouldBe(SeedGoalTexts.Select(t => (t.Goal, t.Heading)).OrderBy(k => k.Goal, StringComparer.Ordinal).ThenBy(k => k.Heading, StringComparer.Ordinal), "the seed's headings under each goal, no more");
        foreach (var (number, textHeading, starts, ends) in SeedGoalTexts)
        {
            var text = string.Join(" ", texts[(number, textHeading)]);
            text.ShouldStartWith(starts, customMessage: $"{number} {textHeading}");
            text.ShouldEndWith(ends, customMessage: $"{number} {textHeading}");
        }
    }
}

public sealed class Seed001PlanTests_Sqlite(SqliteFixture fixture) : Seed001PlanTests(fixture), IClassFixture<SqliteFixture>;

public sealed class Seed001PlanTests_PostgreSql(PostgresFixture fixture) : Seed001PlanTests(fixture), IClassFixture<PostgresFixture>;
