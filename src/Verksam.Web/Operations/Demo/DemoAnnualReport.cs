using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Operations.Demo;

/// <summary>
/// Seed 003: Beställarenheten för funktionsnedsättning's Verksamhetsberättelse 2024, approved. The council's goals of
/// 2024, Hägersten-Älvsjö's nämndmål and the unit's enhetsmål with the seed's fulfilments and texts
/// (seed003-annual-report.json), the indicators with their splits by sex and 2023 outcomes, the board's activity, and
/// the report's section texts. The register's table comes from <see cref="DemoRegister"/>.
/// </summary>
internal static class DemoAnnualReport
{
    public const int Year = 2024;

    private const string Manager = "Enhetschef Beställarenheten för funktionsnedsättning";
    private const string Approver = "Stadsdelsdirektör Hägersten-Älvsjö";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Texts(Dictionary<string, string> Sections, Dictionary<string, Dictionary<string, string>> Goals);

    /// <summary>An indicator row of the seed: name, unit, decimals, periodicity, outcome, men, women, 2023, targets, analysis.</summary>
    private sealed record Row(string Name, MeasureUnit Unit, int Decimals, Periodicity Periodicity, decimal Outcome, decimal? Men, decimal? Women, decimal? LastYear,
        decimal Target, string? CouncilTargetText, decimal? CouncilTarget, Better Direction, string? Analysis);

    private static readonly Row[] Welfare =
    [
        new("Andel brukare som är nöjd med sin insats - Funktionsnedsättning (stöd och service till personer med funktionsnedsättning)", MeasureUnit.Percent, 0, Periodicity.Year, 89, 85, 93, 86, 85, null, 80, Better.Higher,
            "I Hägersten-Älvsjö har totalt 95 brukare av 177 svarat på brukarundersökningen vilket motsvarar cirka 54 % svarsfrekvens. Andelen brukare som är nöjda med sin insats är 3 % högre än resultatet i staden."),
        new("Andel personer som själva upplever att de får en förbättrad situation av insatserna de fått från socialtjänsten (socialpsykiatri)", MeasureUnit.Percent, 0, Periodicity.Year, 100, 100, 100, 80.77m, 80, "Tas fram av nämnd", null, Better.Higher,
            "De flesta klienter som beviljas insatser från beställarenheten funktionsnedsättning behöver dessa insatser för att upprätthålla sina funktioner."),
        new("Andel personer som själva upplever att de får en förbättrad situation av insatserna de fått från socialtjänsten (vuxna missbruk, socialpsykiatri, våld i nära relation)", MeasureUnit.Percent, 0, Periodicity.Year, 100, 100, 100, null, 78, "-", null, Better.Higher, null),
        new("Andel utredningar av barn och unga där barnet varit delaktigt och fått återkoppling", MeasureUnit.Percent, 0, Periodicity.Tertial, 69.38m, 66.67m, 73.13m, 46.2m, 80, "Tas fram av nämnd", null, Better.Higher, null),
        new("Brukarens upplevelse av trygghet - LSS-boende, vuxna och barn (stöd och service till personer med funktionsnedsättning)", MeasureUnit.Percent, 0, Periodicity.Year, 78, 71, 87, 72, 80, "Tas fram av nämnd", null, Better.Higher,
            "I Hägersten-Älvsjö har totalt 95 brukare av 177 svarat på brukarundersökningen vilket motsvarar cirka 54 % svarsfrekvens. Andelen brukare som upplever trygghet i sitt boende är 2 % högre än resultatet i staden. Tidigare års genomlysningar har visat att brukare i gruppboende upplever en större trygghet än de som bor i servicebostad."),
    ];

    private static readonly Row[] Staff =
    [
        new("Aktivt Medskapandeindex", MeasureUnit.Index, 0, Periodicity.Year, 80, null, null, 79, 78, null, 83, Better.Higher, null),
        new("Sjukfrånvaro", MeasureUnit.Percent, 0, Periodicity.Month, 3.5m, null, null, 4, 6, "Tas fram av nämnd/styrelse", null, Better.Lower,
            "Sjukfrånvaron inom enheten är mer än 5 % lägre än i stadsdelsförvaltningen och mer än 4 % lägre än i avdelningen för socialpsykiatri och funktionsnedsättning."),
        new("Sjukfrånvaro dag 1-14", MeasureUnit.Percent, 0, Periodicity.Month, 1.5m, null, null, 1.4m, 2, "Tas fram av nämnd/styrelse", null, Better.Lower,
            "Korttidsfrånvaron inom enheten ligger betydligt under sjukfrånvaron i stadsdelen respektive inom avdelningen för socialpsykiatri och funktionsnedsättning. Grunden till detta är att medarbetare har kunnat arbeta från hemmet vid förkylningssymtom"),
    ];

    public static async Task AddAsync(VerksamDbContext db, ReportFiguresBuilder reports, CancellationToken cancellationToken)
    {
        var texts = Load();
        var unit = DemoData.Bestallarenheten;
        var board = DemoData.HagerstenAlvsjo;
        var stockholm = DemoData.Stockholm;
        var order = 0;
        Goal Add(Guid owner, GoalLevel level, Goal? parent, string? number, string title)
        {
            var goal = new Goal { Id = Guid.NewGuid(), OrgUnitId = owner, Year = Year, Level = level, ParentId = parent?.Id, Number = number, Title = title, SortOrder = order += 10, Version = Guid.NewGuid() };
            if (texts.Goals.TryGetValue(title, out var goalTexts))
            {
                goal.Description = goalTexts.GetValueOrDefault("Description");
                goal.ExpectedResults = goalTexts.GetValueOrDefault("ExpectedResults");
            }

            db.Goals.Add(goal);
            return goal;
        }

        var kf1 = Add(stockholm, GoalLevel.CouncilDirection, null, "1", "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden");
        var kf13 = Add(stockholm, GoalLevel.CouncilArea, kf1, "1.3", "Stockholms stad ska ge stöd och omsorg där behoven är som störst");
        Add(board, GoalLevel.Board, kf13, null, "Barn och ungdomar har goda uppväxtvillkor");
        var disability = Add(board, GoalLevel.Board, kf13, null, "Personer med funktionsnedsättning tillförsäkras självbestämmande och möjlighet att kunna delta på lika villkor i samhällets gemenskap genom de insatser som ges");
        var lawful = Add(unit, GoalLevel.Unit, disability, null, "Enhetens arbete är rättssäkert, av god kvalitet och säkerställer individens delaktighet och möjlighet att delta på lika villkor i samhällets gemenskap");
        var kf2 = Add(stockholm, GoalLevel.CouncilDirection, null, "2", "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning");
        var kf21 = Add(stockholm, GoalLevel.CouncilArea, kf2, "2.1", "Stockholm ska bli klimatpositivt – genom minskade utsläpp och ökad koldioxidlagring");
        var energy = Add(board, GoalLevel.Board, kf21, null, "Stadsdelsnämndens verksamheter är energieffektiva och resurssmarta med en minimal klimatpåverkan");
        var fossilFree = Add(unit, GoalLevel.Unit, energy, null, "Enheten arbetar för att stadsdelsnämnden är en fossilbränslefri organisation med minimal klimatpåverkan");
        var kf3 = Add(stockholm, GoalLevel.CouncilDirection, null, "3", "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla");
        var kf33 = Add(stockholm, GoalLevel.CouncilArea, kf3, "3.3", "I Stockholm ska alla ha rätt till ett bra boende som de har råd med");
        var housing = Add(board, GoalLevel.Board, kf33, null, "Invånarna ges förutsättningar till ett hållbart boende");
        var kf34 = Add(stockholm, GoalLevel.CouncilArea, kf3, "3.4", "Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb");
        var employer = Add(board, GoalLevel.Board, kf34, null, "Stadsdelsnämnden är en attraktiv arbetsgivare och har en god arbetsmiljö");
        var goodEmployer = Add(unit, GoalLevel.Unit, employer, null, "Enheten är en god arbetsgivare med en god arbetsmiljö");
        var kf36 = Add(stockholm, GoalLevel.CouncilArea, kf3, "3.6", "Tryggheten ska öka genom förebyggande insatser");
        Add(board, GoalLevel.Board, kf36, null, "Det socialt förebyggande arbetet bidrar till att stadsdelsområdet är tryggt att bo och vistas i");
        Add(board, GoalLevel.Board, kf36, null, "Stöd erbjuds till unga och vuxna som vill lämna en kriminell livsstil");

        var activity = new Activity
        {
            Id = Guid.NewGuid(),
            GoalId = housing.Id,
            OrgUnitId = board,
            Title = "Stadsdelsnämnden ska förbättra metoder och arbetssätt för försöks- och träningslägenheter samt stödboenden med fokus på socialt stöd och förvaltning av bostaden.",
            StartDate = new DateOnly(2023, 1, 1),
            EndDate = new DateOnly(2024, 12, 31),
            Status = ActivityStatus.Done,
            Version = Guid.NewGuid(),
        };
        db.Activities.Add(activity);

        var analyses = new Dictionary<string, string>
        {
            [AnnualFigures.ActivityAnalysisKey(activity.Id)] = "Enhetschef, biträdande enhetschefer och samordnare deltar i arbetet med att utveckla metoder och arbetssätt för stadsdelens försöks- och träningslägenheter.",
        };
        var sort = 0;
        foreach (var (goal, rows) in new[] { (kf13, Welfare), (kf34, Staff) })
        {
            foreach (var row in rows)
            {
                var indicator = Indicator(unit, Year, row, sort += 10);
                if (row.LastYear is { } lastYear)
                {
                    var previous = Indicator(unit, Year - 1, row, sort);
                    indicator.CopiedFromId = previous.Id;
                    db.Indicators.Add(previous);
                    db.Outcomes.Add(Outcome(previous, Year - 1, lastYear, null, null));
                }

                db.Indicators.Add(indicator);
                db.Outcomes.Add(Outcome(indicator, Year, row.Outcome, row.Men, row.Women));
                db.GoalIndicators.Add(new GoalIndicator { GoalId = goal.Id, IndicatorId = indicator.Id, OrgUnitId = unit });
                if (row.Analysis is { } analysis)
                {
                    analyses[AnnualFigures.IndicatorAnalysisKey(indicator.Id)] = analysis;
                }
            }
        }

        // The year's fulfilments: the board judged its nämndmål, the unit its three enhetsmål.
        Judge(db, disability, board, Fulfilment.NotMet);
        Judge(db, lawful, unit, Fulfilment.Partial);
        Judge(db, fossilFree, unit, Fulfilment.Full);
        Judge(db, goodEmployer, unit, Fulfilment.Full);
        await db.SaveChangesAsync(cancellationToken);

        var period = Period.WholeYear(Year);
        var submitted = new DateTime(2025, 3, 10, 9, 0, 0, DateTimeKind.Utc);
        var report = new FollowUpReport
        {
            Id = Guid.NewGuid(),
            OrgUnitId = unit,
            Period = period,
            Status = ReportStatus.Approved,
            UpdatedAt = submitted,
            SubmittedAt = submitted,
            SubmittedBy = Manager,
            DecidedAt = submitted.AddDays(10),
            DecidedBy = Approver,
            Version = Guid.NewGuid(),
        };
        db.FollowUpReports.Add(report);
        void Text(string key, string text) => db.FollowUpTexts.Add(new FollowUpText { Id = Guid.NewGuid(), ReportId = report.Id, OrgUnitId = unit, Key = key, Text = text });
        Text(AnnualFigures.DiaryNumberKey, "HÄ 2024/696");
        Text(AnnualFigures.OfficerKey, "Enhetschef");
        Text(AnnualFigures.RecipientKey, "Hägersten-Älvsjö stadsdelsnämnd");
        Text(AnnualFigures.DateKey, "2025-03-20");
        foreach (var (key, text) in texts.Sections)
        {
            Text(key, text);
        }

        foreach (var goal in new[] { disability, lawful, fossilFree, goodEmployer })
        {
            if (texts.Goals.GetValueOrDefault(goal.Title)?.GetValueOrDefault("Analysis") is { } analysis)
            {
                Text(FollowUpService.AnalysisKey(goal.Id), analysis);
            }
        }

        foreach (var (key, text) in analyses)
        {
            Text(key, text);
        }

        var owner = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == unit, cancellationToken);
        var settings = await db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.OrgUnitId == owner.MunicipalityId, cancellationToken)
            ?? new MunicipalitySettings { OrgUnitId = owner.MunicipalityId };
        var figures = await reports.ComputeAsync(owner, period, settings, cancellationToken);
        report.Figures = (figures with { Sections = Sections() }).ToJson();
    }

    /// <summary>
    /// The built-in template's sections with the indicators' trends after the goals, so the exported VB 2024 shows the
    /// charts; the report was approved under these sections and keeps them.
    /// </summary>
    public static IReadOnlyList<Features.Plans.PlanTemplateSection> Sections()
    {
        var sections = Features.Plans.BuiltInTemplates.AnnualReport.Sections.ToList();
        var after = sections.FindIndex(s => s.Placement == Features.Plans.SectionPlacement.AfterGoals);
        sections.Insert(after < 0 ? sections.Count : after, new("indikatorernas-utveckling", "Indikatorernas utveckling", 1, Features.Plans.SectionPlacement.AfterGoals,
            "Hur indikatorerna har utvecklats år för år.", Features.Plans.DataBlock.IndicatorTrends));
        return sections;
    }

    private static Indicator Indicator(Guid unit, int year, Row row, int sort) => new()
    {
        Id = Guid.NewGuid(),
        OrgUnitId = unit,
        Year = year,
        Name = row.Name,
        Unit = row.Unit,
        Decimals = row.Decimals,
        Periodicity = row.Periodicity,
        Measurement = MeasurementKind.Value,
        Direction = row.Direction,
        AnnualTarget = row.Target,
        CouncilTarget = row.CouncilTarget,
        CouncilTargetText = row.CouncilTargetText,
        SplitBySex = row.Men is not null,
        SortOrder = sort,
        IsDemo = true,
        Version = Guid.NewGuid(),
    };

    private static Outcome Outcome(Indicator indicator, int year, decimal value, decimal? men, decimal? women) => new()
    {
        Id = Guid.NewGuid(),
        IndicatorId = indicator.Id,
        OrgUnitId = indicator.OrgUnitId,
        Period = Period.WholeYear(year),
        Value = value,
        ValueMen = men,
        ValueWomen = women,
        Version = Guid.NewGuid(),
    };

    private static void Judge(VerksamDbContext db, Goal goal, Guid owner, Fulfilment fulfilment) =>
        db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal.Id, OrgUnitId = owner, Period = Period.WholeYear(Year), Fulfilment = fulfilment, Version = Guid.NewGuid() });

    private static Texts Load()
    {
        using var stream = typeof(DemoAnnualReport).Assembly.GetManifestResourceStream("Verksam.Demo.seed003-annual-report.json")
            ?? throw new InvalidOperationException("Demo texts of the annual report missing.");
        return JsonSerializer.Deserialize<Texts>(stream, Json) ?? throw new InvalidOperationException("Demo texts of the annual report unreadable.");
    }
}
