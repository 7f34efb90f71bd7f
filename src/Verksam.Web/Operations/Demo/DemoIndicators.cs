using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Indicators;

namespace Verksam.Web.Operations.Demo;

/// <summary>
/// Myndighet LSS's indicators of 2023 as seed 000 (Månadsrapport september 2023) has them: scales as written, targets,
/// and the outcomes reported for September with the seed's words beside them (the explanation under a scale, the
/// qualifier after an outcome, a target written as a sentence), not assessed where the seed's Bedömning is empty.
/// Earlier months are made up to look plausible and are marked as demo.
/// </summary>
internal static class DemoIndicators
{
    public const int Year = 2023;

    private static readonly string[] Pulse = ["Stämmer helt *", "Stämmer oftast *", "Stämmer oftast inte", "Stämmer inte alls"];
    private static readonly string[] Satisfied = ["Mycket nöjd *", "Ganska nöjd *", "Ganska missnöjd", "Mycket missnöjd"];
    private static readonly string[] YesNoNeed = ["Ja *", "Nej", "Inte haft behov *"];

    /// <summary>Seed 000's words under the pulse survey's statements and under the contact questions.</summary>
    private const string PulseExplanation = "Pulsmätning självskattning trivas på jobbet;\nSom svarar stämmer helt och stämmer oftast.";
    private const string YesOrNoNeed = "Som svarar Ja eller Har inte haft behov";

    /// <summary>Small deviations from the September value for January to August, so the year view has a history.</summary>
    private static readonly decimal[] Drift = [-4, 2, -1, 5, 1, -3, 3, 0];

    public static IReadOnlyList<DemoIndicator> MyndighetLss { get; } =
    [
        Survey("Pulsmätning: Jag kan utföra mina arbetsuppgifter i nivå med arbetsgivarens förväntningar.", "G: 80-100% A: 50-79% R: 0-49%", ">80 %", Pulse, [45, 55, 0, 0], PulseExplanation),
        Survey("Pulsmätning: Jag kan utföra mina arbetsuppgifter i nivå med mina egna och kollegors förväntningar.", "G: 80-100% A: 50-79% R: 0-49%", ">80 %", Pulse, [36, 64, 0, 0], PulseExplanation),
        Survey("Pulsmätning: Min arbetssituation tillåter mig att utvecklas i yrkesrollen.", "G: 80-100% A: 50-79% R: 0-49%", ">80 %", Pulse, [36, 45, 18, 0], PulseExplanation),
        Survey("Pulsmätning: Min arbetssituation tillåter mig att vara delaktig i verksamhetens utveckling.", "G: 80-100% A: 50-79% R: 0-49%", ">80 %", Pulse, [45, 45, 9, 9], PulseExplanation),
        Survey("Hur nöjd är du sammantaget med din specifika arbetsplats?", "G: 87-100% A: 25-86% R: 0-24%", null, Satisfied, [5, 6, 0, 0], "som svarar Mycket nöjd eller Ganska nöjd."),
        Value("Ärendemängd per vuxenhandläggare, antal brukare. Medelvärde", "Grönt: -55 brukare Gult: 56-65 Rött: 66 eller fler", "<55 ärenden", MeasureUnit.Count, 51, history: true),
        Value("Ärendemängd per barnhandläggare, antal brukare. Medelvärde", "Grönt: -50 brukare Gult: 51-60 Rött: 61 eller fler", "<50 ärenden", MeasureUnit.Count, 50, history: true),
        Survey("Har du under september tagit arbetsrelaterad kontakt med funktion inom annan förvaltning?", "G: 82-100% A: 19-81% R: 0-18%", null, YesNoNeed, [7, 0, 4], YesOrNoNeed),
        Survey("Upplever du att det var lätt att komma i kontakt med rätt person?", "G: 82-100% A: 19-81% R: 0-18%", null, YesNoNeed, [7, 0, 4], YesOrNoNeed),
        Survey("Resulterade samarbetet i att du kom vidare i din arbetsuppgift?", "G: 82-100% A: 19-81% R: 0-18%", null, YesNoNeed, [7, 0, 4], YesOrNoNeed),
        new("Andel domar enligt myndighetens förslag", "Grönt över 85 % Gult: 50-84 % Rött: 0-49 %", ">85%", MeasureUnit.Percent, MeasurementKind.Ratio, [], Accumulated: true, September: new OutcomeInput(Guid.Empty, Numerator: 27, Denominator: 29, Comment: "Mäts ackumulerat 12 mån")),
        Value("Antal årligen uppföljda tillsvidare (eller fleråriga) beslut LSS-boende, gruppbostäder och servicebostäder och daglig verksamhet", "Grönt: 22 eller fler uppföljningar Gult: 15-21 uppföljningar Rött: 0-14 uppföljningar", ">80%", MeasureUnit.Count, 33, history: false, description: "(excelfil)"),
        Value("Utredningstid för LSS-utredning/månadsvis Personlig assistans", "Grönt: 1-90 dagar Gult: 91-119 dagar Rött: 120 eller fler dagar", "<90 dagar", MeasureUnit.Days, 33, history: true, comment: "HUR MÅNGA"),
        Value("Utredningstid för LSS-utredning/månadsvis Övriga LSS-insatser", "Grönt: 1-60 dagar Gult: 61-90 dagar Rött: 91 eller fler dagar", "<60 dagar", MeasureUnit.Days, 45, history: true, comment: "Hur många"),
        new("Antal ej verkställda beslut.", "G: 0-25 A: 26-39 R: > 40", "Redovisas i sammanställning av månadsvolymerna.", MeasureUnit.Count, MeasurementKind.Value, [], September: new OutcomeInput(Guid.Empty, Value: 23), SeptemberPeriod: Period.Span(Year, 7, 9)),
        Value("Enkätsvar boende vuxna: Får du det stöd du behöver? Andel som svarar alltid/oftast", "Grönt: 90-100% Gult: 50-89% Rött: 0-49%", null, MeasureUnit.Percent, 92, history: false, accumulated: true, comment: "Ackumulerat (15 svarande sept)", description: "Alltid/oftast/sällan/aldrig/vet ej"),
        Value("Enkätsvar daglig verksamhet: Är du nöjd med din dagliga verksamhet? Andel som svarar ja", "Grönt: 90-100% Gult: 50-89% Rött: 0-49%", null, MeasureUnit.Percent, 91, history: false, accumulated: true, comment: "Ackumulerat (15 svarande sept)", description: "Ja/nej/delvis/vet ej"),
        Value("Enkätsvar avlösarservice: Har du varit med och bestämt vad ni ska göra när du träffar avlösaren? Andel som svarar Alltid/oftast", "Grönt: 90-100% Gult: 50-89% Rött: 0-49%", null, MeasureUnit.Percent, 96, history: false, accumulated: true, comment: "Ackumulerat (0 svarande sept)", description: "Alltid/oftast/sällan/aldrig/vet ej"),
        Value("Enkätsvar sammanfattande Trygghet: Känner du dig trygg med personalen? Andel som svarar Alltid/oftast", "Grönt: 90-100% Gult: 50-89% Rött: 0-49%", null, MeasureUnit.Percent, 96, history: false, accumulated: true, comment: "Ackumulerat (30 svar)", description: "Alltid/oftast/sällan/aldrig/vet ej"),
        new("Andel av kostnader som går till personlig assistans.", "G: Lägre andel A: Oförändrad andel R: Högre andel", null, MeasureUnit.Percent, MeasurementKind.Value, [], Decimals: 1),
        new("Andel köpta platser bostad med särskild service.", "G: Lägre andel A: Oförändrad andel R: Högre andel", null, MeasureUnit.Percent, MeasurementKind.Value, [], Decimals: 1, September: new OutcomeInput(Guid.Empty, Value: 11.5m, Comment: "(sept)", NotAssessed: true)),
        new("Andel köpta platser daglig verksamhet", "G: Lägre andel A: Oförändrad andel R: Högre andel", null, MeasureUnit.Percent, MeasurementKind.Value, [], Decimals: 1, September: new OutcomeInput(Guid.Empty, Value: 6m, Comment: "(sept)", NotAssessed: true)),
        Value("Antal lediga LSS-boendeplatser i egen regi", "G: 0 - 1 A: 2 R: 3 -", "Redovisas i sammanställning av boendeplaneringslista. Följs i samband med boendemöten 1-2 gånger per månad.", MeasureUnit.Count, 2, history: false, notAssessed: true),
        Survey("Har du ägnat dig åt att aktivt informera om och/eller förhållit dig till enhetens boendetrappa?", "G: 80-100% A: 60-79% R: 0-59%", "Pulsmätning görs månadsvis med mentimeter i samband med veckomöte. Resultatet diskuteras i gruppen på måldialog en gång per månad.", YesNoNeed, [45, 0, 55]),
        Value("Har du ägnat dig åt att rensa i din inbox under den senaste månaden? Andel som svarar ja/ej behov", "Grönt: 50-100 % Gult: 25-49% Rött: 0-24%", null, MeasureUnit.Percent, 82, history: false, notAssessed: true),
        Value("Har du ägnat dig åt att rensa i din personliga mapp under den senaste månaden? Andel som svarar ja/ej behov", "Grönt: 50-100 % Gult: 25-49% Rött: 0-24%", null, MeasureUnit.Percent, 80, history: false, notAssessed: true),
    ];

    public static List<Indicator> Add(VerksamDbContext db, Guid unitId)
    {
        var added = new List<Indicator>();
        var order = 0;
        foreach (var d in MyndighetLss)
        {
            var scale = ScaleParser.Parse(d.Scale).Scale ?? throw new InvalidOperationException("Demo scale does not parse: " + d.Scale);
            var indicator = new Indicator
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unitId,
                Year = Year,
                Name = d.Name,
                Description = d.Description,
                Unit = d.Unit,
                Decimals = d.Decimals,
                Periodicity = Periodicity.Month,
                Measurement = d.Measurement,
                SurveyAnswers = IndicatorInput.ParseAnswers(string.Join("\n", d.Answers)),
                Scale = scale,
                Direction = scale.Better,
                IsAccumulated12Months = d.Accumulated,
                AnnualTargetText = d.Target,
                SortOrder = order += 10,
                IsDemo = true,
                Version = Guid.NewGuid(),
            };
            db.Indicators.Add(indicator);
            added.Add(indicator);
            if (d.September is not { } september)
            {
                continue;
            }

            db.Outcomes.Add(ToOutcome(indicator, d.SeptemberPeriod ?? Period.Month(Year, 9), september, isDemo: false));
            if (d.History && september.Value is { } value)
            {
                for (var month = 1; month <= 8; month++)
                {
                    db.Outcomes.Add(ToOutcome(indicator, Period.Month(Year, month), september with { Value = Math.Max(0, value + Drift[month - 1]) }, isDemo: true));
                }
            }
        }

        return added;
    }

    private static Outcome ToOutcome(Indicator indicator, Period period, OutcomeInput input, bool isDemo) => new()
    {
        Id = Guid.NewGuid(),
        IndicatorId = indicator.Id,
        OrgUnitId = indicator.OrgUnitId,
        Period = period,
        Value = input.Value,
        Numerator = input.Numerator,
        Denominator = input.Denominator,
        SurveyCounts = input.SurveyCounts?.ToDictionary(c => c.Key, c => c.Value) ?? [],
        Comment = input.Comment,
        NotAssessed = input.NotAssessed ?? false,
        IsDemo = isDemo,
        Version = Guid.NewGuid(),
    };

    private static DemoIndicator Value(string name, string scale, string? target, MeasureUnit unit, decimal september, bool history, bool accumulated = false, string? comment = null, string? description = null, bool notAssessed = false) =>
        new(name, scale, target, unit, MeasurementKind.Value, [], Accumulated: accumulated, September: new OutcomeInput(Guid.Empty, Value: september, Comment: comment, NotAssessed: notAssessed), History: history, Description: description);

    /// <summary>A survey question; seed 000 leaves every survey's Bedömning empty, so none is assessed.</summary>
    private static DemoIndicator Survey(string name, string scale, string? target, string[] answers, decimal[] counts, string? description = null) =>
        new(name, scale, target, MeasureUnit.Percent, MeasurementKind.Survey, answers,
            September: new OutcomeInput(Guid.Empty, SurveyCounts: answers.Select(a => a.TrimEnd('*').Trim()).Zip(counts).ToDictionary(p => p.First, p => p.Second), NotAssessed: true),
            Description: description);
}

internal sealed record DemoIndicator(
    string Name,
    string Scale,
    string? Target,
    MeasureUnit Unit,
    MeasurementKind Measurement,
    string[] Answers,
    bool Accumulated = false,
    int Decimals = 0,
    OutcomeInput? September = null,
    Period? SeptemberPeriod = null,
    bool History = false,
    string? Description = null);
