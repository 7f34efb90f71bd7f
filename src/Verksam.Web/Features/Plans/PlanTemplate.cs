using System.Globalization;
using System.Text.Json.Serialization;

namespace Verksam.Web.Features.Plans;

public enum SectionPlacement
{
    BeforeGoals = 1,
    AfterGoals = 2,
}

/// <summary>
/// What a section shows beside its text, composed from the data: the risk follow-up, the assignments, the annual
/// wheel, the register's table, or the kvalitetsplan's risk tables and indicators. Which blocks a report type can
/// carry is <see cref="DataBlocks.For"/>.
/// </summary>
public enum DataBlock
{
    None = 0,
    Risks = 1,
    Assignments = 2,
    AnnualWheel = 3,
    RegisterTable = 4,
    QualityRisks = 5,
    QualityIndicators = 6,

    /// <summary>The whole year's annual wheel, month by month, as seed 000's monthly report prints it; <see cref="AnnualWheel"/> prints the report's own months and what is late.</summary>
    AnnualWheelYear = 7,

    /// <summary>Each of the report's indicators as a trend chart with its figures: the year so far, in the VB ten years.</summary>
    IndicatorTrends = 8,
}

public static class DataBlocks
{
    /// <summary>The blocks a report type can carry: follow-up reports the quality sections, the VB also the register's table.</summary>
    public static IReadOnlyList<DataBlock> For(ReportKind kind) => kind switch
    {
        ReportKind.MonthlyReport or ReportKind.TertialReport => [DataBlock.Risks, DataBlock.Assignments, DataBlock.AnnualWheel, DataBlock.AnnualWheelYear, DataBlock.IndicatorTrends],
        ReportKind.AnnualReport => [DataBlock.Risks, DataBlock.Assignments, DataBlock.AnnualWheel, DataBlock.RegisterTable, DataBlock.IndicatorTrends],
        ReportKind.QualityPlan => [DataBlock.QualityRisks, DataBlock.QualityIndicators],
        _ => [],
    };

    public static string Name(DataBlock block) => Shared.Text.EnumText.Of(block);
}

/// <summary>
/// A section of a plan: a stable key, a title (may name the year: {0} is the year, {1} the year before), its level,
/// an instruction, the data block it shows, if any, and a text every document made from the template prints under
/// the heading, or after the block ("Instruktioner: …" in seed 000).
/// </summary>
public sealed record PlanTemplateSection(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("placement")] SectionPlacement Placement,
    [property: JsonPropertyName("instruction")] string Instruction,
    [property: JsonPropertyName("block")] DataBlock Block = DataBlock.None,
    [property: JsonPropertyName("documentText"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? DocumentText = null,
    [property: JsonPropertyName("documentTextAfterBlock"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool DocumentTextAfterBlock = false)
{
    /// <summary>Adds the section's document text where it stands: under the heading, or after the data block.</summary>
    public void AddDocumentText(List<Documents.DocumentBlock> blocks, bool afterBlock)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (DocumentText is { Length: > 0 } text && DocumentTextAfterBlock == afterBlock)
        {
            blocks.Add(new Documents.TextBlock(text));
        }
    }

    public string TitleFor(int year) => TitleFor(Title, year);

    /// <summary>A template's title as a document of <paramref name="year"/> prints it: "Analys av {1}" → "Analys av 2022" for 2023.</summary>
    public static string TitleFor(string title, int year) => HasValidPlaceholders(title) ? string.Format(CultureInfo.InvariantCulture, title, year, year - 1) : title;

    /// <summary>Whether a title names the document's year or the year before, so it reads differently each year.</summary>
    public static bool NamesTheYear(string title) =>
        title is not null && (title.Contains("{0}", StringComparison.Ordinal) || title.Contains("{1}", StringComparison.Ordinal));

    /// <summary>Braces only as {0} (the year) and {1} (the year before).</summary>
    public static bool HasValidPlaceholders(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var rest = title.Replace("{0}", string.Empty, StringComparison.Ordinal).Replace("{1}", string.Empty, StringComparison.Ordinal);
        return !rest.Contains('{', StringComparison.Ordinal) && !rest.Contains('}', StringComparison.Ordinal);
    }
}

public sealed record PlanTemplate(string Name, IReadOnlyList<PlanTemplateSection> Sections)
{
    public PlanTemplateSection? Find(string key) => Sections.FirstOrDefault(s => s.Key == key);
}

/// <summary>The built-in templates: the verksamhetsplan of seed 001, the månadsrapport of seed 000 and a tertial report.</summary>
public static class BuiltInTemplates
{
    public static PlanTemplate For(ReportKind kind) => kind switch
    {
        ReportKind.MonthlyReport => MonthlyReport,
        ReportKind.TertialReport => TertialReport,
        ReportKind.QualityPlan => QualityPlan,
        ReportKind.AnnualReport => AnnualReport,
        _ => OperationalPlan,
    };

    /// <summary>
    /// Seed 000's månadsrapport: important events before the goals (section 2, composed from the goals), then the
    /// economy and the follow-up of risks, assignments and the annual wheel.
    /// </summary>
    public static PlanTemplate MonthlyReport { get; } = new("Månadsrapport (inbyggd)",
    [
        new("handelser", "Viktiga händelser under månaden", 1, SectionPlacement.BeforeGoals, "Det viktigaste som hänt i enhetens verksamhet under månaden, en händelse per rad.", DocumentText: "Viktiga händelser i enhetens verksamhet under månaden:"),
        new("ekonomi", "Ekonomisk rapport", 1, SectionPlacement.AfterGoals, "Utfall och prognos, eller en hänvisning till nämndrapporten."),
        new("risker", "Uppföljning Riskhantering (följs upp regelbundet, minst vid varje delårsuppföljning)", 1, SectionPlacement.AfterGoals, "Följs upp minst vid varje delår. Varje risk markeras grön, gul eller röd efter hur väl handlingsplanen följs; saknas handlingsplan anges datum då den är klar. En ny risk med riskvärde över 15 tas alltid med; en risk som sjunkit under 15 tas bort med en kommentar om varför.", DataBlock.Risks, RisksInstruction, DocumentTextAfterBlock: true),
        new("uppdrag", "Uppföljning Uppdrag (särskilda-, nämnds- eller andra uppdrag) (följs upp regelbundet, minst vid varje delårsuppföljning)", 1, SectionPlacement.AfterGoals, "Särskilda uppdrag, nämndsuppdrag och andra uppdrag: uppdragsgivare, vilka mål uppdraget bidrar till, status och kommentar. Följs upp minst vid varje delår.", DataBlock.Assignments),
        new("arshjul", "Uppföljning av årshjul", 1, SectionPlacement.AfterGoals, "Genomförda aktiviteter markeras G, påbörjade men inte färdiga A, inte påbörjade R. Ange orsak när en aktivitet inte är påbörjad.", DataBlock.AnnualWheel, WheelInstruction),
    ]);

    /// <summary>Seed 000's instructions printed in sections 4 and 6 of every monthly report.</summary>
    private const string RisksInstruction = "Instruktioner:\nNär risker följs upp så markeras rött gult grönt beroende på hur väl den handlingsplan som finns framtagen följs. Om handlingsplan inte finns framtagen ska det i kommentarsfältet anges datum då handlingsplanen är färdigställd. Inför delårsuppföljningen (minst) görs en uppföljning och revidering av risker. Om en ny risk med riskvärde som överstiger 15 identifieras tas den också upp i uppföljningen. Om en risk som funnits med minskat till under 15 tas denna bort och en kommentar om vilken risk som tagits bort och varför görs.";

    private const string WheelInstruction = "Instruktioner:\nAktiviteter i årshjulet genomförda: G, aktiviteter påbörjade men inte färdiga: A, aktiviteter inte påbörjade: R. Kommentera även orsak till varför åtgärden inte är påbörjad.";

    /// <summary>The delårsrapport (T1, T2): the tertial parts of seed 003's structure, with each goal's fulfilment and analysis.</summary>
    public static PlanTemplate TertialReport { get; } = new("Tertialrapport (inbyggd)",
    [
        new("sammanfattning", "Sammanfattande analys", 1, SectionPlacement.BeforeGoals, "En samlad bild av tertialet: måluppfyllelse, viktiga händelser och vad enheten gör framåt."),
        new("ekonomi", "Uppföljning av ekonomi", 1, SectionPlacement.AfterGoals, "Utfall mot budget för tertialet och prognos för helåret, med förklaring till avvikelser."),
        new("kvalitetsarbete", "Systematiskt kvalitetsarbete", 1, SectionPlacement.AfterGoals, "Vad egenkontroller, avvikelser, synpunkter och klagomål visat under tertialet och vilka förbättringar som gjorts."),
        new("risker", "Uppföljning Riskhantering", 1, SectionPlacement.AfterGoals, "Uppföljning och revidering av riskerna inför delåret.", DataBlock.Risks),
        new("uppdrag", "Uppföljning Uppdrag", 1, SectionPlacement.AfterGoals, "Status för enhetens uppdrag vid tertialets slut.", DataBlock.Assignments),
        new("arshjul", "Uppföljning av årshjul", 1, SectionPlacement.AfterGoals, "Årshjulets aktiviteter under tertialet: G genomförd, A påbörjad, R inte påbörjad med orsak.", DataBlock.AnnualWheel),
    ]);

    /// <summary>
    /// Seed 004's kvalitetsplan: introduction sections, then the risks and egenkontroller per process and the quality
    /// indicators per process, composed from the register.
    /// </summary>
    public static PlanTemplate QualityPlan { get; } = new("Kvalitetsplan (inbyggd)",
    [
        new("kvalitet-inledning", "Inledning", 1, SectionPlacement.BeforeGoals, "Vad kvalitetsplanen är, vilka målgrupper den omfattar, verksamhetens uppdrag och årets fokusområden."),
        new("kvalitet-vad", "Vad är kvalitet i verksamheten?", 1, SectionPlacement.BeforeGoals, "Vad god kvalitet innebär för verksamheten: de kvalitetsfaktorer den arbetar utifrån."),
        new("kvalitet-syfte", "Syfte med kvalitetsarbete", 1, SectionPlacement.BeforeGoals, "Varför verksamheten arbetar systematiskt med kvalitet och hur ledningssystemet stödjer det."),
        new("kvalitet-forbattringsomraden", "Identifierade förbättringsområden", 1, SectionPlacement.BeforeGoals, "De förbättringsområden verksamheten har identifierat och de åtgärder och aktiviteter som planeras under året."),
        new(QualityPlanRisksKey, "Risker och egenkontroller", 1, SectionPlacement.BeforeGoals, "En inledning till tabellerna: per process visas risker, egenkontroller, deras syfte och åtgärderna.", DataBlock.QualityRisks),
        new(QualityPlanIndicatorsKey, "Kvalitetsindikatorer", 1, SectionPlacement.BeforeGoals, "En inledning till indikatorerna: vad de mäter och var resultatet redovisas.", DataBlock.QualityIndicators),
        new(QualityPlanFootnotesKey, "Fotnoter", 1, SectionPlacement.BeforeGoals, "Fotnoterna till texterna och tabellerna ovan, med sin siffra först (¹ ASI …), ett stycke per fotnot; skriv siffran upphöjd också där den hänvisas."),
    ]);

    /// <summary>
    /// Seed 003's verksamhetsberättelse: Sammanfattande analys with its parts, the goal cascade (composed), the economy,
    /// the systematic quality work with its parts, Övrigt, Synpunkter och klagomål with Lex Sarah, and the register's
    /// table (composed).
    /// </summary>
    public static PlanTemplate AnnualReport { get; } = new("Verksamhetsberättelse (inbyggd)",
    [
        new("sammanfattning", "Sammanfattande analys", 1, SectionPlacement.BeforeGoals, "En samlad bild av året: uppdraget, ekonomin, måluppfyllelsen och vad enheten tar med sig till nästa år."),
        new("uppdrag", "Enhetens uppdrag", 2, SectionPlacement.BeforeGoals, "Vad enheten gör och för vem, och hur många som var aktuella vid årets slut jämfört med året före."),
        new("budget", "Budget", 2, SectionPlacement.BeforeGoals, "Årets budget och resultat i korthet, och hur många av enhetsmålen som uppfylls."),
        new("kvalitet-utveckling", "Kvalitet- och utvecklingsarbete", 2, SectionPlacement.BeforeGoals, "Årets viktigaste kvalitets- och utvecklingsarbete."),
        new("utvecklingsomraden", "Övriga utvecklingsområden", 3, SectionPlacement.BeforeGoals, "Andra utvecklingsområden enheten arbetat med, gärna som punktlista."),
        new("kompetensutveckling", "Kompetensutveckling", 3, SectionPlacement.BeforeGoals, "Vilka utbildningar medarbetarna har gått under året."),
        new("delaktighet", "Medarbetarnas delaktighet", 3, SectionPlacement.BeforeGoals, "Hur medarbetarna har varit delaktiga i analysen och i verksamhetsberättelsen."),
        new("ekonomi", "Uppföljning av ekonomi", 1, SectionPlacement.AfterGoals, "En inledning till ekonomin, om det behövs utöver avsnitten nedan."),
        new("driftbudget", "Analys av resultaträkning - uppföljning av driftbudget", 2, SectionPlacement.AfterGoals, "Budget och utfall, över- eller underskott och vad som förklarar dem."),
        new("budget-balans", "Arbete för att hålla budget i balans", 3, SectionPlacement.AfterGoals, "Hur enheten följer upp kostnaderna och vilka åtgärder som vidtagits."),
        new("investeringar", "Investeringar", 2, SectionPlacement.AfterGoals, "Årets investeringar."),
        new("lokalmedel", "Medel för lokaländamål", 3, SectionPlacement.AfterGoals, "Medel för lokaländamål, om enheten haft sådana."),
        new("ekonomi-ovrigt", "Övrigt", 3, SectionPlacement.AfterGoals, "Övrigt om ekonomin."),
        new("kvalitetsarbete", "Systematiskt kvalitetsarbete", 1, SectionPlacement.AfterGoals, "En inledning till kvalitetsarbetet, om det behövs utöver avsnitten nedan."),
        new("digital-utveckling", "Digital utveckling och innovation", 3, SectionPlacement.AfterGoals, "Digitala lösningar och nya arbetssätt som prövats eller införts."),
        new("brukarfokus", "Stockholmarnas fokus", 3, SectionPlacement.AfterGoals, "Hur brukarnas delaktighet, synpunkter och externa granskningar används för att utveckla kvaliteten."),
        new("helhetssyn", "Helhetssyn", 3, SectionPlacement.AfterGoals, "Samverkan internt och externt."),
        new("hallbarhet", "Hållbarhet", 3, SectionPlacement.AfterGoals, "Hållbara arbetssätt, kompetensförsörjning och resurser."),
        new("handlingsutrymme", "Handlingsutrymme", 3, SectionPlacement.AfterGoals, "Hur medarbetarna bidrar till kvalitetsutvecklingen."),
        new("larande", "Lärande", 3, SectionPlacement.AfterGoals, "Kompetensutvecklingsplan, ledningssystem och lärande i organisationen."),
        new("uppfoljningsmetoder", "Metoder för uppföljning", 3, SectionPlacement.AfterGoals, "Egna granskningar, statistik och brukarundersökningar."),
        new("ovrigt", "Övrigt", 1, SectionPlacement.AfterGoals, "Övrigt som berättelsen ska ta upp."),
        new("agenda-2030", "Agenda 2030", 2, SectionPlacement.AfterGoals, "Hur enheten bidrar till de globala målen."),
        new("barns-rattigheter", "Arbetet med barns rättigheter", 3, SectionPlacement.AfterGoals, "Hur barnrättsperspektivet tillvaratas i utredningar och insatser."),
        new("tillganglighet", "Tillgänglighet och delaktighet", 3, SectionPlacement.AfterGoals, "Hur enheten säkrar tillgänglighet och delaktighet för personer med funktionsnedsättning."),
        new("jamstalldhet", "Jämställdhet", 3, SectionPlacement.AfterGoals, "Hur resultat analyseras utifrån kön och vad analysen visat."),
        new("egenkontroller", "Egenkontroller", 3, SectionPlacement.AfterGoals, "Vilka egenkontroller som gjorts, vad de visat och vad enheten gör åt det."),
        new("synpunkter", "Synpunkter och klagomål", 1, SectionPlacement.AfterGoals, "En inledning, om det behövs utöver avsnitten nedan."),
        new("synpunkter-klagomal", "Synpunkter förslag och klagomål", 2, SectionPlacement.AfterGoals, "Hur synpunkter och klagomål tagits emot och använts, och vad avvikelserna gällt."),
        new("lex-sarah", "Lex Sarah", 2, SectionPlacement.AfterGoals, "Årets lex Sarah-rapporter och vad de lett till, och hur medarbetarna informeras om lex Sarah."),
        new("personalens-medverkan", "Personalens medverkan i kvalitetsarbetet", 2, SectionPlacement.AfterGoals, "Hur medarbetarna deltagit i kvalitetsarbetet."),
        new(AnnualRegisterKey, "Redovisning av synpunkter och klagomål", 2, SectionPlacement.AfterGoals, "Tabellen räknas fram ur registret över synpunkter, klagomål, avvikelser och lex Sarah. Skriv sammanfattningar och planerade åtgärder i registrets sammanställning.", DataBlock.RegisterTable),
    ]);

    public const string AnnualRegisterKey = "synpunkter-redovisning";

    public const string QualityPlanRisksKey = "kvalitet-risker";

    public const string QualityPlanIndicatorsKey = "kvalitet-indikatorer";

    public const string QualityPlanFootnotesKey = "kvalitet-fotnoter";

    public static PlanTemplate OperationalPlan { get; } = new("Verksamhetsplan (inbyggd)",
    [
        new("inledning", "Inledning", 1, SectionPlacement.BeforeGoals, "En kort inledning till planen, om det behövs utöver avsnitten nedan."),
        new("uppdrag", "Enhetens uppdrag", 2, SectionPlacement.BeforeGoals, "Vad enheten gör, för vem och enligt vilka lagar och beslut."),
        new("malgrupp", "Målgrupp", 2, SectionPlacement.BeforeGoals, "Vilka som får enhetens insatser och vad som kännetecknar deras behov."),
        new("organisation", "Organisation", 2, SectionPlacement.BeforeGoals, "Hur enheten är organiserad: yrkesgrupper, antal medarbetare, ledning."),
        new("ekonomiska-forutsattningar", "Ekonomiska förutsättningar", 2, SectionPlacement.BeforeGoals, "Hur enheten finansieras och vad som påverkar ekonomin."),
        new("kvalitetsprogrammet", "Kvalitetsprogrammet", 2, SectionPlacement.BeforeGoals, "Hur enheten arbetar med kommunens kvalitetsprogram."),
        new("agenda-2030", "Agenda 2030", 2, SectionPlacement.BeforeGoals, "Hur enheten bidrar till de globala målen och kommunens miljöprogram."),
        new("analys", "Analys av {1}", 2, SectionPlacement.BeforeGoals, "Vad föregående års resultat, uppföljningar och egenkontroller visar."),
        new("prioriteringar", "Prioriteringar utifrån analys {1} och budget {0}", 2, SectionPlacement.BeforeGoals, "Vad enheten prioriterar under året och varför."),
        new("manskliga-rattigheter", "Mänskliga rättigheter (jämställdhet)", 2, SectionPlacement.BeforeGoals, "Hur enheten säkerställer likabehandling, till exempel genom könsuppdelad statistik."),
        new("ekonomi", "Redovisning av ekonomi", 1, SectionPlacement.AfterGoals, "Budget och prognos för året."),
        new("ovrigt", "Övrigt", 1, SectionPlacement.AfterGoals, "Övrigt som planen ska ta upp."),
        new("internkontroll", "Internkontroll", 2, SectionPlacement.AfterGoals, "Vilka kontroller som görs under året enligt internkontrollplanen."),
        new("egenkontroll", "Egenkontroll", 2, SectionPlacement.AfterGoals, "Vilka egenkontroller enheten gör, hur ofta och av vem."),
        new("synpunkter", "Rutiner för synpunkter och klagomål", 2, SectionPlacement.AfterGoals, "Hur synpunkter och klagomål tas emot, utreds och följs upp."),
        new("avvikelser", "Avvikelsehantering", 2, SectionPlacement.AfterGoals, "Hur avvikelser rapporteras, utreds och följs upp."),
        new("lex-sarah", "Lex Sarah", 2, SectionPlacement.AfterGoals, "Hur missförhållanden rapporteras och utreds enligt lex Sarah."),
        new("ovrigt-kvalitetsarbete", "Övrigt kvalitetsarbete", 2, SectionPlacement.AfterGoals, "Annat kvalitetsarbete under året."),
    ]);
}
