using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Plans;
using Verksam.Web.Shared.Data;

namespace Verksam.Web.Features.Demo;

/// <summary>
/// The first part of Skarpnäcks kommunala hemtjänst's Verksamhetsplan 2023 (seed 001): the introduction's first
/// sections and the branch of the cascade under KF:s mål 1.3. The rest of seed 001 is still to come.
/// </summary>
internal static class DemoPlan
{
    public const int Year = 2023;

    public static void Add(VerksamDbContext db, Guid stockholm, Guid board, Guid department, Guid unit)
    {
        var kf = Goal(stockholm, GoalLevel.CouncilDirection, null, "1", "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden");
        var area = Goal(stockholm, GoalLevel.CouncilArea, kf, "1.3", "Stockholms stad ska ge stöd och omsorg där behoven är som störst");
        var boardGoal = Goal(board, GoalLevel.Board, area, "1.3.1", "Barn, unga och vuxna har egna resurser att leva självständiga liv");
        boardGoal.Description = "Barn, unga och vuxna som behöver socialtjänstens insatser får snabb kontakt med den eller de kompetenser som behövs för att utreda hjälpbehov och rätten till insats. Barn, unga och vuxna är delaktiga i utredningen och i planeringen av insatsernas genomförande. Barns rätt till information och delaktighet ska säkerställas, och förekomsten av SIP öka. De insatser som beviljas ska vara uppföljningsbara och individuellt anpassade samt formulerade tillsammans med familjen eller den enskilde. Arbetet med familjehemsplacerade barn ska fortsätta att utvecklas och kontakten med familjehemmen stärkas.\n\nVuxna personer med skadligt bruk och beroende får sina stödbehov tillgodosedda. Utvecklingsarbete tillsammans med andra aktörer gällande personer med omfattade psykiatrisk ohälsa inklusive skadligt bruk och beroende fortgår. Insatser från socialtjänsten är en del i en sammanhållen vårdkedja och ska i hög grad inriktas på att motverka hemlöshet, minska skadeverkningar och utgöra en grund för en rehabilitering i nära samverkan med andra huvudmän. Förvaltningens alla verksamheter ska arbeta utifrån stadens program för tillgänglighet och delaktighet för personer med funktionsnedsättning.";
        boardGoal.ExpectedResults = "- Individer och familjer med stödbehov får rättssäkra och samordnade bedömningar och insatser\n- Barn och unga känner till sina rättigheter, är delaktiga i kontakten med socialtjänsten och får information anpassad efter sin ålder och mognad.\n- Brukarnas hjälpbehov utforskas, utreds och följs upp med bedömningsinstrument och standardiserade metoder.\n- Personer som vill lämna kriminalitet får snabbt individuella anpassade stödinsatser som möter deras aktuella motivation\n- Ett tydligt återhämtningsperspektiv finns i bedömning av stödbehov för personer med psykisk funktionsnedsättning\n- Vuxna får förbättrad hälsa och meningsfull fritid genom förstärkta och individuellt anpassade insatser\n- Anhöriga till närstående/föräldrar uppmärksammas och får stöd för egen del";
        var departmentGoal = Goal(department, GoalLevel.Department, boardGoal, "1.3.1.1", "Människor lever självständiga liv och är delaktiga när de behöver stöd");
        departmentGoal.ExpectedResults = "- Andelen utförda timmar gällande avlösning och ledsagning ökar\n- Alla ärenden som går över till äldreomsorgen från vuxenenheten inom IOF ska ha ett samtal i samverkan med båda enheterna";
        departmentGoal.WorkingMethod = "Inför det att en person med insatser från socialtjänsten fyller 65 år förbereds överflyttning mellan berörda myndighetsenheter. Den enskilde görs delaktig i utredning, beslut och planering av biståndsbedömda insatser. Verksamheterna arbetar utifrån individens behov, insatser syftar till att skapa förutsättningar för självständighet. Arbetet med att utveckla arbetssätt vid samsjuklighet, missbruk, hemlöshet eller risk för hemlöshet är fortsatt prioriterat.\n\nPlanering av ledsagarservice och avlösarservice görs utifrån den enskildes behov och ska planeras tillsammans med den enskilde för att öka graden av utförda timmar. Biståndshandläggare och utförarverksamheternas medarbetare arbetar utifrån ett personcentrerat förhållningssätt och individuella behov.";
        departmentGoal.ResourceUse = "Enhetschef beställarenheten äldre\nBiståndshandläggare\nEnhetschef hemtjänst och avlösning/ledsagning\nKontaktpersoner";
        departmentGoal.FollowUp = "- Beställarenheten följer upp genom kontroll alla ärenden som gått över från vuxenenheten under året och följer upp att de äldre fått ett samtal i samverkan med vuxenenheten.\n- Avlösarservice och ledsagarservice följer upp tillsammans med den enskilde och dokumenteras i den sociala dokumentationen.";
        departmentGoal.Development = "Beställarenheten äldre ska utveckla övergångssamtalen så att de sker i god tid innan ärendet går över till äldreenheten.\n\nHemtjänsten ska utveckla arbetet med att fler ska få genomförandeplaner och att fler är av god kvalitet. Avdelningen ska utveckla arbetet kring att fler beviljade ledsagnings och avlösnings timmar blir utförda.";
        var unitGoal = Goal(unit, GoalLevel.Unit, departmentGoal, null, "Personer som har insatser av hemtjänsten eller personligt stöd erbjuds god kvalitet och med en hög grad av delaktighet");
        unitGoal.ExpectedResults = "- Andelen kunder som upplever delaktighet ökar.\n- Antalet godkända genomförandeplaner ökar.\n- Öka andelen namngivna kontaktpersoner.\n- Andelen kunder som ansöker om personligt stöd ökar.";
        unitGoal.WorkingMethod = "Ett inledande samtal genomförs av planerare med ny kund vid uppstart av insatser. Kontaktperson utses som tillsammans med kunden upprättar en genomförandeplan för hur insatsen ska utföras.\n\nInsatser planeras utifrån kontaktmannaskap.\n\nPlanerare / administratörer har dialog med biståndshandläggare vid behov.";
        unitGoal.ResourceUse = "Medarbetare.\nPlanerare/administratör.\nEnhetschef.\nKunder / anhöriga.";
        unitGoal.FollowUp = "Vid förändringar i beställningen.\nGenomgång av genomförandeplaner vid gruppmöten.\nSystematisk arbete med synpunkter och klagomål.\nBrukarundersökning.\nIndividuppföljning.\nEgenkontroll av genomförandeplaner samt dess innehåll.\nSocial dokumentation.\nUppföljning sker i T1, T2 och VB.\nAnhöriga.";
        unitGoal.Development = "Kompetensutveckling.";
        db.Goals.AddRange(kf, area, boardGoal, departmentGoal, unitGoal);

        var plan = new OperationalPlan { Id = Guid.NewGuid(), OrgUnitId = unit, Year = Year, Version = Guid.NewGuid() };
        db.OperationalPlans.Add(plan);
        foreach (var (key, text) in new[]
        {
            ("uppdrag", "Skarpnäcks kommunala hemtjänsts uppdrag är att utföra insatser utifrån biståndsbeslut om hemtjänst och personligt stöd enligt Socialtjänstlagen och Lagen om stöd och service. Enheten styrs av socialtjänstlagen samt andra lagar och förordningar som reglerar utförande av hemtjänst och personligt stöd. Arbetet bedrivs utifrån den nationella värdegrunden för äldre.\n\nDet löpande arbetet utgår från kommunfullmäktiges inriktningsmål, stadsdelsnämndens mål för äldreomsorgen och omsorgen om personer med funktionsnedsättning samt hemtjänstens verksamhetsmål. Hemtjänsten besvarar och åtgärdar också trygghetslarm. Nattetid utförs beslutade hemtjänstinsatser och trygghetslarm av en underleverantör. Verksamhetsplanen anger inriktningen för enhetens verksamhet under 2023."),
            ("malgrupp", "Insatserna utförs för personer inom Skarpnäcks stadsdelsområde som har ett biståndsbeslut oavsett ålder. Insatserna planeras och utgår från den enskildes självbestämmande och delaktighet samt utformas så att de bidrar till ett värdigt liv och en upplevelse av välbefinnande."),
            ("organisation", "Södra Skarpnäcks kommunala hemtjänst har cirka 40 undersköterskor och vårdbiträden schemalagt och utöver det cirka 15 vikarier. Inom verksamheten arbetar två planerare som har det administrativa uppdraget med den dagliga driften samt en administratör som delas med Norra Skarpnäcks hemtjänst. Enheten leds av en enhetschef."),
        })
        {
            db.PlanSectionTexts.Add(new PlanSectionText { Id = Guid.NewGuid(), PlanId = plan.Id, OrgUnitId = unit, SectionKey = key, Text = text, Version = Guid.NewGuid() });
        }
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
