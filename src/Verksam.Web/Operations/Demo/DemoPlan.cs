using Verksam.Web.Data;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Plans;

namespace Verksam.Web.Operations.Demo;

/// <summary>
/// Skarpnäcks kommunala hemtjänst's Verksamhetsplan 2023 (seed 001): its sections before and after the goals, the whole
/// goal cascade with the seed's numbers and every goal's texts (seed001-goal-texts.json, in the cascade's order), and
/// its indicator and activity tables.
/// </summary>
internal static class DemoPlan
{
    public const int Year = 2023;

    public static void Add(VerksamDbContext db, Guid stockholm, Guid board, Guid department, Guid unit)
    {
        // The whole cascade, in the seed's order: each goal hangs under the latest goal of the level above it.
        var owners = new Dictionary<GoalLevel, Guid>
        {
            [GoalLevel.CouncilDirection] = stockholm,
            [GoalLevel.CouncilArea] = stockholm,
            [GoalLevel.Board] = board,
            [GoalLevel.Department] = department,
            [GoalLevel.Unit] = unit,
        };
        var latest = new Dictionary<GoalLevel, Goal>();
        var created = new List<Goal>();
        foreach (var (level, number, title) in Cascade)
        {
            Goal? parent = null;
            for (var above = level - 1; above >= GoalLevel.CouncilDirection && parent is null; above--)
            {
                latest.TryGetValue(above, out parent);
            }

            var goal = Goal(owners[level], level, parent, number, title);
            latest[level] = goal;
            foreach (var deeper in latest.Keys.Where(l => l > level).ToList())
            {
                latest.Remove(deeper);
            }

            created.Add(goal);
        }

        ApplySeedTexts(created);
        db.Goals.AddRange(created);
        AddTables(db, unit, created);

        var plan = new OperationalPlan { Id = Guid.NewGuid(), OrgUnitId = unit, Year = Year, Version = Guid.NewGuid() };
        db.OperationalPlans.Add(plan);
        foreach (var (key, text) in new[]
        {
            ("uppdrag", "Skarpnäcks kommunala hemtjänsts uppdrag är att utföra insatser utifrån biståndsbeslut om hemtjänst och personligt stöd enligt Socialtjänstlagen och Lagen om stöd och service. Enheten styrs av socialtjänstlagen samt andra lagar och förordningar som reglerar utförande av hemtjänst och personligt stöd. Arbetet bedrivs utifrån den nationella värdegrunden för äldre. Det löpande arbetet utgår från kommunfullmäktiges inriktningsmål, stadsdelsnämndens mål för äldreomsorgen och omsorgen om personer med funktionsnedsättning samt hemtjänstens verksamhetsmål. Hemtjänsten besvarar och åtgärdar också trygghetslarm. Nattetid utförs beslutade hemtjänstinsatser och trygghetslarm av en underleverantör. Verksamhetsplanen anger inriktningen för enhetens verksamhet under 2023."),
            ("malgrupp", "Insatserna utförs för personer inom Skarpnäcks stadsdelsområde som har ett biståndsbeslut oavsett ålder. Insatserna planeras och utgår från den enskildes självbestämmande och delaktighet samt utformas så att de bidrar till ett värdigt liv och en upplevelse av välbefinnande. Den yngre målgrupp som i de flesta fall har en funktionsnedsättning har ett större behov av hjälp och stöd för att upprätthålla sina sociala aktiviteter och kontakter än de som är 65 år och uppåt som har ett större behov av hjälp med de tyngre hushållsinsatserna och personlig omsorg. Arbetet bedrivs utifrån nationella värdegrunden för äldre. De individer som ger vård och stöd till en närstående kan ansöka om avlösning i hemmet där hemtjänsten ger den vården/omsorgen för att anhöriga eller närstående ska kunna bli avlösta i sitt uppdrag som stödjare. Den som ger vård och stöd till sin närstående erbjuds en axel att luta sig mot i form av samtal och stöttning av hemtjänstens medarbetare samt information om kontaktvägar för aktiviteter och öppna mötesplatser."),
            ("organisation", "Södra Skarpnäcks kommunala hemtjänst har cirka 40 undersköterskor och vårdbiträden schemalagt och utöver det cirka 15 vikarier. Inom verksamheten arbetar två planerare som har det administrativa uppdraget med den dagliga driften samt en administratör som delas med Norra Skarpnäcks hemtjänst. Enheten leds av en enhetschef."),
            ("ekonomiska-forutsattningar", "En god och effektiv planering av hemtjänstinsatserna är en förutsättning för hög kontinuitet och en balanserad ekonomi. Hemtjänsten har endast intäkter för den tid som medarbetare utför hos den enskilde vilket innebär att restid och så kallad kringtid påverkar ekonomin negativt. Kringtid är möten som enheten är ålagda att ha som till exempel arbetsplatsträffar, kvalitetsmöten, reflektionstid, rapporttid vid skiftbyten samt förberedelsetid och dokumentationstid. Ytterligare kostnader är även de situationer där den utplanerade insatsen avböjs med kort varsel. Hur insatsplaneringen och hur bemanningen planeras har stor påverkan på ekonomin men även de olika system som hemtjänsten använder sig av i den dagliga kräver mycket administrativ tid vilket i sig också är en kostnad för enheten."),
            ("kvalitetsprogrammet", "Stockholmarnas fokus, staden behöver säkerställa likställigheten i stadens service och tjänster. Enheten arbetar med kontaktmannaskapet och individuella genomförandeplaner som ett verktyg för att bland annat säkerställa god kvalitet och delaktighet för en jämlik vård och omsorg för dem som har valt oss. För att säkerställa god kvalitet och delaktighet så arbetar enheten med avvikelser och att ta till vara på synpunkter och eventuella klagomål som inkommer för att utveckla enheten och för att säkerställa att negativa händelser inte upprepas."),
            ("agenda-2030", "Utifrån de miljöprogram och klimathandlingsplaner som till grund beslutats om så fortsätter arbetet som startats upp med målet ingen hunger i syfte att förbättra måltidssituationen och fokusera på kompetensutveckling för medarbetare inom området mat och måltider tillsammans med dietist. För att bidra till hållbar energi så är hemtjänstens lokal utrustad med vitvaror och medarbetare ges större möjlighet till återvinning. Stocket återbruk används vid behov/återvinning av möbler, hyllor med mera."),
            ("analys", "Enheten har under året arbetat för att öka den enskildes delaktighet och inflytande genom bland annat utbildning inom social dokumentation, upprättande av genomförandeplaner samt arbeta utifrån ett tydligt kontaktmannaskap vilket ligger i linje med bland annat handlingsplanen för en äldre vänlig stad samt handlingsplanen för god och nära vård som kopplas till agenda 2030 mål för \"God hälsa och välbefinnande\". Enheten har även lagt fokus på att utse namngivna kontaktpersoner för en god kontinuitet och ökad trygghet för den enskilde. Resultat från Socialstyrelsens brukarundersökning som genomfördes under 2022 samt från stadens kvalitetsuppföljning på individnivå visade på goda resultat som att bland annat den enskilde upplever att de får ett respektfullt bemötande. Enheten hade något lägre resultat utifrån de mål som är satta i kontinuitetsmätningen vilket är ett fortsatt prioriterat område. Uppföljningar av internkontroll under 2022 av klagomål och synpunkter samt avvikelsehantering visade i början av året på ett visst utvecklingsbehov där beskrivningen av avvikelser behövde utvecklas och bli mer utförligt beskrivna för att tydliggöra vad som sker i varje steg samt att kunna följa den \"röda tråden\" genom hela hanteringen. Vid egenkontroll i slutet av året så påvisades en tydlig förbättring. Korttidsfrånvaron har varit låg men långtidssjukfrånvaron har varit hög. Enheten har lagt stor vikt på att öka balansen mellan intäkter och kostnader under året genom att följa den framtagna ekonomiska handlingsplanen som har visat på en liten förbättring."),
            ("prioriteringar", "Enheten har ett ekonomiskt underskott vilket är ett fortsatt prioriterat område även under 2023. Då svarsfrekvensen är väldigt låg i Socialstyrelsens brukarundersökning så kommer enheten arbeta för att öka andelen som svarar. Fortsatt fokus på att de som valt oss som utförare ska känna sig trygga och nöjda samt uppleva att de insatser som vi levererar håller en hög kvalitet. Arbetet fortsätter med att den enskilde ska ges möjlighet i större utsträckning till delaktighet i planeringen och genomförandet av sina insatser. Nya arbetssätt för medarbetare ger också ett ökat behov av att diskutera och reflektera kring utmaningar i arbetet därav kommer reflektionstid införas under året för medarbetare. Enheten kommer fortsatt utveckla arbetet med ett strukturerat ledningssystem för att säkerställa kvalitet i uppdraget och även bidra till att rätt prioriteringar görs. Arbetet fortsätter med 2c8 och under året som kommer systemet att implementeras för medarbetare. För att ge medarbetare och chef möjlighet att tillsammans skapa förutsättningar för en lärande organisation med utvecklingsfokus kommer enheten dels att arbeta med de åtgärder som upprättats i handlingsplaner utifrån medarbetarenkäten som genomförs under februari. Arbetet med \"Aktivt medarbetarskap\" fortsätter. Övriga utbildningsinsatser som planeras är riktade mot grunduppdraget och omfattar bland annat psykisk ohälsa och bemötande. Enheten har ansökt om stimulansmedel för ett fortsatt arbete med mat och måltider och motverka social isolering. Enheten kommer genom Äldreomsorgslyftet utbilda vårdbiträden till undersköterskor. Enheten kommer att arbeta för att öka grundbemanningen och arbeta för att minska andelen timmar som utförs av timanställda."),
            ("manskliga-rattigheter", "Enheten arbetar för att undersöka och säkerställa om det görs skillnader mellan kvinnor och män i vårt utförande av insatser utifrån biståndsbeslutet för den enskilde. Enheten kommer att analysera alla resultat som är könsuppdelade för att säkerställa att det inte finns osakliga skillnader mellan könen samt undersöka möjligheten till fler områden med könsuppdelad statistik i exempelvis egenkontroller."),
            ("internkontroll", "Enheten har i sin väsentlighets och riskanalys för 2023 valt att prioritera och fokusera på processer och arbetssätt vad gäller utbildning i fallprevention och fallolyckor och ett fortsatt arbete med att ytterligare systematisera och utveckla ledningssystemet för kvalitet i enlighet med SOSFS 2011:9 bland annat genom att använda det digitala verktyg som finns i stadens integrerade ledningssystem (ILS:en) samt nya systemet 2c8 för att tillgängliggöra ledningssystemet digitalt för enhetens medarbetare. Uppföljning av uppdragsbeskrivning kommer genomföras i maj."),
            ("egenkontroll", "Egenkontrollen omfattar bland annat:\n- Dokumentation SoL (SOSFS 2014:5)\n- Basala hygienrutiner\n- Nyckelhantering\n- Livsmedelshantering\nEgenkontroll genomförs utifrån planering i årshjul samt stickprov löpande av enhetschef eller utsedd person med delegering."),
            ("synpunkter", "Kunder, anhöriga och medarbetare informeras om möjligheterna att lämna synpunkter och klagomål vid uppstart av hemtjänstinsatser samt vid telefonsamtal. Inkomna synpunkter och klagomål till enheten diarieförs och hanteras enligt stadens rutiner för att sedan sammanställas i ett svar till den som berörs utifrån önskemål om skriftligt eller muntligt svar. Synpunkter och klagomål tas upp löpande under året för medarbetare på arbetsplatsträffar, kvalitetsmöten samt individuellt vid behov."),
            ("avvikelser", "Avvikelser som inkommer eller upptäcks inom enheten skrivs in i enhetens excel-fil och därefter förs dialog med berörda medarbetare snarast möjligt som ett led i att utreda avvikelsen. Därefter analyseras händelsen för att se vilka eventuella åtgärder som enheten behöver vidta eller om behov finns att rapportera händelsen enligt Lex Sarah. Enhetens medarbetar informeras om inkomna avvikelser på arbetsplatsträffar och kvalitetsmöten."),
            ("lex-sarah", "Följsamheten till att rapportera Lex Sarah följs upp på regelbundna arbetsplatsträffar och gruuppmöten. Inkomna Lex Sarah rapporter redovisas på arbetsplatsträffar."),
            // Seed 001's economy chapter has only its block's headings; the budget table itself is not in the seed's text.
            ("ekonomi", "Resursanvändning\n\nBudget 2023"),
            ("ovrigt-kvalitetsarbete", "Fortsatt arbete med den enskildes delaktighet i planeringen av beviljade insatser och genomförande samt social dokumentation och upprättande av genomförandeplaner. Handlingsplaner som upprättats utifrån medarbetarenkäten och den påbörjade utbildningen i arbetssättet runt \"Aktivt medarbetarskap\" för samtliga medarbetare fortsätter under året."),
        })
        {
            db.PlanSectionTexts.Add(new PlanSectionText { Id = Guid.NewGuid(), PlanId = plan.Id, OrgUnitId = unit, SectionKey = key, Text = text, Version = Guid.NewGuid() });
        }
    }

    /// <summary>Seed 001's goals in its order, with its numbers as written (nämndmål are numbered by the tree).</summary>
    public static IReadOnlyList<(GoalLevel Level, string? Number, string Title)> Cascade { get; } =
    [
        (GoalLevel.CouncilDirection, "1", "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden"),
        (GoalLevel.CouncilArea, "1.3", "Stockholms stad ska ge stöd och omsorg där behoven är som störst"),
        (GoalLevel.Board, null, "Barn, unga och vuxna har egna resurser att leva självständiga liv"),
        (GoalLevel.Department, "1.3.1.1", "Människor lever självständiga liv och är delaktiga när de behöver stöd"),
        (GoalLevel.Unit, "1.3.2.1.1", "Personer som har insatser av hemtjänsten eller personligt stöd erbjuds god kvalitet och med en hög grad av delaktighet"),
        (GoalLevel.Board, null, "Barn, unga och vuxna som lever i våldsutsatthet får skydd och stöd"),
        (GoalLevel.Department, "1.3.2.1", "Personer som är våldsutsatta får adekvat stöd"),
        (GoalLevel.Unit, "1.3.2.2", "Medarbetare i hemtjänsten uppmärksammar tecken på våld i nära relation"),
        (GoalLevel.CouncilArea, "1.4", "Stockholm ska vara en bra stad att åldras i - med god omsorg och stor trygghet"),
        (GoalLevel.Board, null, "Äldre lever ett tryggt och meningsfullt liv och får stöd, vård och omsorg av god kvalitet"),
        (GoalLevel.Department, "1.4.1.1", "Äldre lever ett tryggt och meningsfullt liv och får stöd, vård och omsorg av god kvalitet"),
        (GoalLevel.Unit, "1.4.1.1.2", "Äldre med hemtjänst, ledsagning och avlösning erbjuds insatser av god kvalitet med en hög grad av delaktighet"),
        (GoalLevel.Department, "1.4.1.2", "Verksamheterna bedriver ett strukturerat kvalitetsarbete"),
        (GoalLevel.Unit, "1.4.1.2.3", "Enheten bedriver ett strukturerat kvalitetsarbete"),
        (GoalLevel.CouncilDirection, "2", "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning"),
        (GoalLevel.CouncilArea, "2.1", "Stockholm ska bli klimatpositivt – genom minskade utsläpp och ökad koldioxidlagring"),
        (GoalLevel.Board, null, "Nämndens verksamheter är energieffektiva och resurssmarta med en låg klimatpåverkan"),
        (GoalLevel.Department, "2.1.1.1", "Äldreomsorgens verksamheter är energieffektiva och har en resurseffektiv avfallshantering med låg klimatpåverkan"),
        (GoalLevel.Unit, "2.1.1.1.1", "Hemtjänsten är energieffektiva och har en resurseffektiv avfallshantering med låg klimatpåverkan"),
        (GoalLevel.CouncilArea, "2.4", "Stockholmarnas hälsa ska främjas genom ren luft, rent vatten och giftfria miljöer"),
        (GoalLevel.Board, null, "Nämndens verksamheter är miljö- och klimatsmarta"),
        (GoalLevel.Department, "2.4.1.1", "Äldreomsorgens verksamheter är miljö- och klimatsmarta"),
        (GoalLevel.Unit, "2.4.1.1.1", "Hemtjänsten ökar andelen miljövänliga, klimatsmarta och ekologiska produkter."),
        (GoalLevel.CouncilDirection, "3", "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla"),
        (GoalLevel.CouncilArea, "3.1", "Stockholms ekonomi är stark, hållbar och lägger grunden för en jämlik välfärd"),
        (GoalLevel.Board, null, "Nämndens resurser används effektivt med ett hållbart och långsiktigt perspektiv"),
        (GoalLevel.Department, "3.1.1.1", "Äldreomsorgens resurser används väl med fokus på resultat för invånare i Skarpnäck"),
        (GoalLevel.Unit, "3.1.1.1.1", "Hemtjänsten förbättrar balansen mellan kostnader och intäkter."),
        (GoalLevel.CouncilArea, "3.3", "I Stockholm ska alla ha rätt till ett bra boende som de har råd med"),
        (GoalLevel.Board, null, "Vuxna och barnfamiljer har ett tryggt och hållbart boende"),
        (GoalLevel.Department, "3.3.1.1", "Äldre som riskerar sin bostad eller riskerar att bli bostadslösa får stöd i sin situation"),
        (GoalLevel.Unit, "3.3.1.1.1", "Hemtjänsten uppmärksammar om någon riskerar att bli vräkt"),
        (GoalLevel.CouncilArea, "3.4", "Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb"),
        (GoalLevel.Board, null, "Arbetsmiljön präglas av jämställdhet och delaktighet med ett tillitsfullt och närvarande ledarskap"),
        (GoalLevel.Department, "3.4.1.1", "Äldreomsorgens chefer utövar ett närvarande ledarskap med fokus på äldres behov och en god arbetsmiljö"),
        (GoalLevel.Unit, "3.4.1.1.1", "Ledarskapet i hemtjänsten är närvarande, tydligt och engagerat"),
        (GoalLevel.Board, null, "Medarbetare har goda förutsättningar och utövar ett aktivt medarbetarskap"),
        (GoalLevel.Department, "3.2.2.1", "Äldreomsorgens medarbetare utövar ett aktivt medarbetarskap och har adekvat kompetens för sitt uppdrag"),
        (GoalLevel.Unit, "3.2.2.1.1", "Hemtjänstens medarbetare utövar ett aktivt medarbetarskap och bidrar till utveckling."),
        (GoalLevel.CouncilArea, "3.5", "Hög beredskap och stark rådighet ska råda i alla verksamhetsområden"),
        (GoalLevel.Board, null, "Verksamheterna har en hög beredskap för oväntade händelser"),
        (GoalLevel.Department, "3.5.1.1", "Äldreomsorgens verksamheter har en hög beredskap för oväntade händelser"),
        (GoalLevel.Unit, "3.5.1.1.1", "Enheten har en hög beredskap för oväntade händelser"),
        (GoalLevel.CouncilArea, "3.7", "Stockholm ska vara en öppen, jämställd och demokratisk stad som samarbetar internationellt"),
        (GoalLevel.Board, null, "Verksamheterna är välkomnande, jämställda och demokratiska"),
        (GoalLevel.Department, "3.7.1.1", "Verksamheterna har ett gott bemötande och är jämställda"),
        (GoalLevel.Unit, "3.7.1.1.1", "Enhetens medarbetare har ett gott bemötande och är jämställd"),
    ];

    /// <summary>The six texts of every goal as seed 001 has them, one entry per goal in the cascade's order.</summary>
    private static void ApplySeedTexts(List<Goal> goals)
    {
        using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream("Verksam.Demo.seed001-goal-texts.json")
            ?? throw new InvalidOperationException("Demo texts missing.");
        var texts = System.Text.Json.JsonSerializer.Deserialize<List<Dictionary<string, string>>>(stream) ?? [];
        if (texts.Count != goals.Count)
        {
            throw new InvalidOperationException($"Demo texts for {texts.Count} goals, cascade has {goals.Count}.");
        }

        foreach (var (goal, goalTexts) in goals.Zip(texts))
        {
            foreach (var (property, text) in goalTexts)
            {
                GoalTexts.Set(goal, property, text);
            }
        }
    }

    /// <summary>Seed 001's indicator tables (the unit's indicators under the goals above it) and activity tables.</summary>
    private static void AddTables(VerksamDbContext db, Guid unit, List<Goal> goals)
    {
        Goal ByNumber(string number) => goals.First(g => g.Number == number);
        Goal ByTitle(string start) => goals.First(g => g.Title.StartsWith(start, StringComparison.Ordinal));
        var order = 0;
        void Indicator(Goal goal, string name, MeasureUnit measure, Periodicity periodicity, decimal? target, string? targetText, decimal? council, string? councilText, Better direction = Better.Higher)
        {
            var indicator = new Indicator
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unit,
                Year = Year,
                Name = name,
                Unit = measure,
                Periodicity = periodicity,
                Direction = direction,
                AnnualTarget = target,
                AnnualTargetText = targetText,
                CouncilTarget = council,
                CouncilTargetText = councilText,
                SortOrder = order += 10,
                Version = Guid.NewGuid(),
            };
            db.Indicators.Add(indicator);
            db.GoalIndicators.Add(new GoalIndicator { GoalId = goal.Id, IndicatorId = indicator.Id, OrgUnitId = unit, Weight = 1m });
        }

        void Activity(Goal goal, string title, DateOnly start, DateOnly end) => db.Activities.Add(new Activity
        {
            Id = Guid.NewGuid(),
            GoalId = goal.Id,
            OrgUnitId = goal.OrgUnitId,
            Title = title,
            StartDate = start,
            EndDate = end,
            Status = ActivityStatus.Ongoing,
            SortOrder = order += 10,
            Version = Guid.NewGuid(),
        });

        var area14 = ByNumber("1.4");
        Indicator(area14, "Andel omsorgstagare som upplever att de kan påverka hur hjälpen utförs i hemtjänsten", MeasureUnit.Percent, Periodicity.Year, 87, null, 87, null);
        Indicator(area14, "Andelen nöjda omsorgstagare i hemtjänst", MeasureUnit.Percent, Periodicity.Year, 86, null, 86, null);
        Indicator(area14, "Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod", MeasureUnit.Count, Periodicity.Year, 10, null, null, "Max 10 personer", Better.Lower);
        var elderly = ByTitle("Äldre lever ett tryggt och meningsfullt liv och får stöd, vård och omsorg av god kvalitet");
        Indicator(elderly, "Andel äldre med hemtjänst som får hjälp på önskade tider", MeasureUnit.Percent, Periodicity.Tertial, 92, null, null, null);
        Indicator(elderly, "Andel äldre med hemtjänst som får hjälp så som överenskommits", MeasureUnit.Percent, Periodicity.Tertial, 91, null, null, null);
        Indicator(elderly, "Andel äldre med hemtjänst som tycker att de får ett respektfullt bemötande", MeasureUnit.Percent, Periodicity.Tertial, 98, null, null, null);
        Indicator(elderly, "Andel äldre med hemtjänst som tycker att det är ungefär samma personer som hjälper dem", MeasureUnit.Percent, Periodicity.Tertial, 80, null, null, null);
        var area34 = ByNumber("3.4");
        Indicator(area34, "Aktivt Medskapandeindex", MeasureUnit.Index, Periodicity.Year, 83, null, 83, null);
        Indicator(area34, "Sjukfrånvaro", MeasureUnit.Percent, Periodicity.Tertial, 8, null, null, "Tas fram av nämnd/styrelse", Better.Lower);
        Indicator(area34, "Sjukfrånvaro dag 1-14", MeasureUnit.Percent, Periodicity.Tertial, 3, null, null, "Tas fram av nämnd/styrelse", Better.Lower);
        Indicator(ByTitle("Arbetsmiljön präglas av jämställdhet"), "Ledarskapsindex", MeasureUnit.Index, Periodicity.Year, 82, null, null, null);
        Indicator(ByTitle("Medarbetare har goda förutsättningar"), "På min arbetsplats har vi ett gott arbetsklimat", MeasureUnit.Percent, Periodicity.Year, 72, null, null, null);

        var year = new DateOnly(Year, 1, 1);
        var yearEnd = new DateOnly(Year, 12, 31);
        Activity(ByTitle("Barn, unga och vuxna som lever i våldsutsatthet"), "Öka kunskapen om försummelse inom äldreomsorgens samtliga verksamheter", year, yearEnd);
        Activity(elderly, "Öka kunskapen om och säkerställa ett gott bemötande av äldre hbtqi-personer inom nämndens verksamheter", year, yearEnd);
        Activity(ByNumber("1.4.1.1"), "Genomföra utbildning i fallprevention", year, yearEnd);
        Activity(ByNumber("1.4.1.2"), "Uppföljning av ledningssystem för systematiskt kvalitetsarbete", year, yearEnd);
        var energy = ByTitle("Nämndens verksamheter är energieffektiva");
        Activity(energy, "Kunskapshöjande insatser inom miljö- och klimatområdet genomförs", year, yearEnd);
        Activity(energy, "Verksamheterna arbetar med energibesparingsåtgärder", year, yearEnd);
        Activity(ByNumber("3.5.1.1"), "Inventering och genomförande av förebyggande åtgärder för att skydda äldre vid värmeböljor", year, new DateOnly(Year, 9, 30));
        Activity(ByTitle("Verksamheterna är välkomnande"), "Påbörja implementering av stadens nya program om mänskliga rättigheter", year, yearEnd);
    }

    private static int _order;

    private static Goal Goal(Guid owner, GoalLevel level, Goal? parent, string? number, string title) => new()
    {
        Id = Guid.NewGuid(),
        OrgUnitId = owner,
        Year = Year,
        Level = level,
        ParentId = parent?.Id,
        Number = number,
        Title = title,
        SortOrder = Interlocked.Increment(ref _order) * 10,
        Version = Guid.NewGuid(),
    };
}
