using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Operations.Demo;

/// <summary>
/// Seed 000's goals: Tyresö steers by four perspectives, each with the council's goal, the board's nämndmål and the
/// unit's own goal, with the indicators under it and September 2023 assessed "A" (yellow) as the report has it.
/// </summary>
internal static class DemoGoals
{
    public static IReadOnlyList<DemoPerspective> Perspectives { get; } =
    [
        new("Medarbetare",
            "Motiverade medarbetare hos Sveriges bästa offentliga arbetsgivare",
            "Äldre- och omsorgsförvaltningens medarbetare är motiverade och tar ansvar för sitt viktiga uppdrag för Tyresöborna.",
            "På enheten arbetar alla mot en gemensam målbild. Alla tar ansvar och bidrar till verksamhetens utveckling i ett klimat som är engagerat, öppet och lärande. Arbetsplatsen präglas av tillit, det finns möjlighet till delaktighet och förutsättningar att utvecklas i yrkesrollen.",
            0, 7, null),
        new("Verksamhet",
            "Kvalitetsförbättringar skapar vi tillsammans, hela tiden",
            "Äldre- och omsorgsförvaltningen förbättras och utvecklas genom effektiva och innovativa vård- och omsorgsprocesser.",
            "LSS arbetar rättssäkert, har brukarperspektiv och arbetar kontinuerligt med både kvalitetsförbättringar och kvalitetsutveckling.",
            7, 5, null),
        new("Leverans",
            "Tyresö kommun levererar bra välfärdstjänster som skapar goda livsvillkor – här finns plats för alla",
            "Tyresöborna känner sig nöjda, trygga och delaktiga i vård- och omsorgsinsatserna som ges",
            "LSS-enheten levererar en hög servicenivå och tillgänglighet, med ett trevligt bemötande och följer upp insatser och synpunkter för Tyresöborna i livets alla skeden.",
            12, 7, null),
        new("Finansiell",
            "Hållbar ekonomi – kostnadseffektiv, balanserad och cirkulär",
            "Äldre- och omsorgsförvaltningen har ett cirkulärekonomiskt perspektiv och kostnadseffektiva verksamheter.",
            "Enheten har en rättssäker, effektiv handläggning som säkerställer att rätt person får rätt insats i rätt tid. Enheten utvecklar och uppdaterar rutiner med ett hållbarhetsperspektiv som ger en kostnadseffektiv handläggningsprocess.",
            19, 7, "- Villa Bansjön förväntas fullbelagt första kvartalet 2024.\n- Se över möjliga hemtagningar."),
    ];

    /// <summary>Seed 000's note under each goal's indicators.</summary>
    public const string TertialNote = "*Varje delår: Sammantagen bedömning för måluppfyllelsen på delåret (röd, gul, grön) görs utifrån varje månads måluppfyllelse och indikatorer som följs mer sällan.";

    public static void Add(VerksamDbContext db, Guid municipality, Guid board, Guid unit, IReadOnlyList<Indicator> indicators)
    {
        db.MunicipalitySettings.Add(new MunicipalitySettings { OrgUnitId = municipality, SteerByPerspective = true, Version = Guid.NewGuid() });
        var order = 0;
        foreach (var p in Perspectives)
        {
            order += 10;
            var council = Goal(municipality, GoalLevel.CouncilDirection, null, p.Name, p.Council, order);
            var boardGoal = Goal(board, GoalLevel.Board, council.Id, p.Name, p.Board, order);
            var unitGoal = Goal(unit, GoalLevel.Unit, boardGoal.Id, p.Name, p.Unit, order);
            unitGoal.ReportNote = TertialNote;
            db.Goals.AddRange(council, boardGoal, unitGoal);
            foreach (var indicator in indicators.Skip(p.FirstIndicator).Take(p.IndicatorCount))
            {
                db.GoalIndicators.Add(new GoalIndicator { GoalId = unitGoal.Id, IndicatorId = indicator.Id, OrgUnitId = unit, Weight = 1m });
            }

            // The report's own judgement: yellow, although the indicators propose green for most goals.
            db.GoalAssessments.Add(new GoalAssessment
            {
                Id = Guid.NewGuid(),
                GoalId = unitGoal.Id,
                OrgUnitId = unit,
                Period = Period.Month(DemoIndicators.Year, 9),
                Colour = Rag.Yellow,
                Motivation = p.SeptemberMotivation,
                Version = Guid.NewGuid(),
            });
        }
    }

    private static Goal Goal(Guid owner, GoalLevel level, Guid? parent, string perspective, string title, int order) => new()
    {
        Id = Guid.NewGuid(),
        OrgUnitId = owner,
        Year = DemoIndicators.Year,
        Level = level,
        ParentId = parent,
        Perspective = perspective,
        Title = title,
        SortOrder = order,
        Version = Guid.NewGuid(),
    };
}

internal sealed record DemoPerspective(string Name, string Council, string Board, string Unit, int FirstIndicator, int IndicatorCount, string? SeptemberMotivation);
