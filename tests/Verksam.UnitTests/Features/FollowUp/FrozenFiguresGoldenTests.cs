using System.Text.Json;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Plans;

namespace Verksam.UnitTests.Features.FollowUp;

/// <summary>
/// A submitted report keeps its figures as JSON in the database. These samples are rows as Verksam wrote them; they must
/// read back field for field, and the current code must write the same JSON, so an old report still shows what was
/// submitted. If a test here fails, a change broke stored reports: pin the old name instead of changing the sample.
/// </summary>
public sealed class FrozenFiguresGoldenTests
{
    private static readonly Guid GoalId = Guid.Parse("0f6c1f0e-58a5-4b7e-9a53-1c2d3e4f5a61");
    private static readonly Guid SatisfiedId = Guid.Parse("2a7d9c41-6b3e-4f12-8c5d-9e0f1a2b3c4d");
    private static readonly Guid WaitingId = Guid.Parse("3b8eac52-7c4f-4023-9d6e-af102b3c4d5e");

    [Fact]
    public void FullSample_ReadsBackEveryGoalAndIndicatorField()
    {
        var figures = ReportFigures.FromJson(Sample("report-figures-v1.json"));

        var goal = figures.Goals.ShouldHaveSingleItem();
        goal.GoalId.ShouldBe(GoalId);
        goal.Perspective.ShouldBe("Brukare");
        goal.CouncilGoal.ShouldBe("Ett Stockholm som håller samman");
        goal.BoardGoal.ShouldBe("Nämndens mål: stöd med god kvalitet");
        goal.Number.ShouldBe("1.3.2.1.1");
        goal.Title.ShouldBe("Brukarna är nöjda med sitt stöd");
        goal.Colour.ShouldBe(Rag.Yellow);
        goal.ProposedColour.ShouldBe(Rag.Red);
        goal.Fulfilment.ShouldBe(Fulfilment.Partial);
        goal.ProposedFulfilment.ShouldBe(Fulfilment.NotMet);
        goal.Months.ShouldBe([Rag.Green, Rag.Yellow, Rag.Red, null, Rag.Green, Rag.Green, Rag.Yellow, null, Rag.Red, Rag.Green, Rag.Yellow, Rag.Red]);

        goal.Indicators.Count.ShouldBe(2);
        var satisfied = goal.Indicators[0];
        satisfied.IndicatorId.ShouldBe(SatisfiedId);
        satisfied.Name.ShouldBe("Andel nöjda brukare");
        satisfied.Scale.ShouldBe("≥ 90 % grönt, 80–89 % gult, < 80 % rött");
        satisfied.Outcome.ShouldBe("27 av 29 = 93 %");
        satisfied.Target.ShouldBe("90 %");
        satisfied.Colour.ShouldBe(Rag.Green);
        var waiting = goal.Indicators[1];
        waiting.IndicatorId.ShouldBe(WaitingId);
        waiting.Name.ShouldBe("Utredningstid, dagar");
        waiting.Scale.ShouldBe("–");
        waiting.Outcome.ShouldBe("–");
        waiting.Target.ShouldBe(string.Empty);
        waiting.Colour.ShouldBeNull();
    }

    [Fact]
    public void FullSample_ReadsBackEveryQualityRow()
    {
        var quality = ReportFigures.FromJson(Sample("report-figures-v1.json")).Quality.ShouldNotBeNull();

        var risk = quality.Risks.ShouldHaveSingleItem();
        risk.Category.ShouldBe("Brukare\nBrukarna är nöjda med sitt stöd");
        risk.Risk.ShouldBe("Brist i bemanning (3 × 4 = 12)");
        risk.Actions.ShouldBe(["Rekrytera två handläggare", "Ses över 2024-10-31"]);
        risk.Mark.ShouldBe(Rag.Red);
        risk.Comment.ShouldBe("Rekryteringen är försenad");

        var removed = quality.Removed.ShouldHaveSingleItem();
        removed.Risk.ShouldBe("Hög sjukfrånvaro (2 × 2 = 4)");
        removed.Comment.ShouldBe("Inte längre aktuell");

        var assignment = quality.Assignments.ShouldHaveSingleItem();
        assignment.Title.ShouldBe("Införa digital tidbokning");
        assignment.Commissioner.ShouldBe("Nämnden");
        assignment.GoalsAndAim.ShouldBe("Tillgänglighet: kortare väntetid");
        assignment.Status.ShouldBe("Pågår");
        assignment.Comment.ShouldBe("Klar under hösten");

        quality.Wheel.Count.ShouldBe(3);
        quality.Wheel[0].Timing.ShouldBe(WheelTiming.Month);
        quality.Wheel[0].Month.ShouldBe(3);
        quality.Wheel[0].Title.ShouldBe("Egenkontroll av journaler");
        quality.Wheel[0].Responsible.ShouldBe("Enhetschef");
        quality.Wheel[0].Comment.ShouldBe("Genomförd enligt plan");
        quality.Wheel[0].Mark.ShouldBe(Rag.Green);
        quality.Wheel[1].Timing.ShouldBe(WheelTiming.EveryMonth);
        quality.Wheel[1].Month.ShouldBeNull();
        quality.Wheel[1].Title.ShouldBe("APT");
        quality.Wheel[1].Comment.ShouldBe(string.Empty);
        quality.Wheel[1].Mark.ShouldBe(Rag.Yellow);
        quality.Wheel[2].Timing.ShouldBe(WheelTiming.Ongoing);
        quality.Wheel[2].Title.ShouldBe("Avvikelsehantering");
        quality.Wheel[2].Responsible.ShouldBe("Alla");
        quality.Wheel[2].Comment.ShouldBe("Löpande");
        quality.Wheel[2].Mark.ShouldBeNull();
    }

    [Fact]
    public void FullSample_ReadsBackTheAnnualCascadeAndTheRegisterTable()
    {
        var annual = ReportFigures.FromJson(Sample("report-figures-v1.json")).Annual.ShouldNotBeNull();

        var goal = annual.Goals.ShouldHaveSingleItem();
        goal.GoalId.ShouldBe(Guid.Parse("4c9fbd63-8d50-4134-ae7f-b0213c4d5e6f"));
        goal.Level.ShouldBe(GoalLevel.Unit);
        goal.Depth.ShouldBe(4);
        goal.Number.ShouldBe("1.3.2.1.1");
        goal.Title.ShouldBe("Brukarna är nöjda med sitt stöd");
        goal.IsOwn.ShouldBeTrue();
        goal.Fulfilment.ShouldBe(Fulfilment.Full);
        goal.Description.ShouldBe("Stödet ges med god kvalitet.");
        goal.ExpectedResults.ShouldBe("Fler brukare är nöjda.");

        var indicator = goal.Indicators.ShouldHaveSingleItem();
        indicator.IndicatorId.ShouldBe(SatisfiedId);
        indicator.Name.ShouldBe("Andel nöjda brukare");
        indicator.Outcome.ShouldBe("93 %");
        indicator.Men.ShouldBe("91 %");
        indicator.Women.ShouldBe("95 %");
        indicator.PreviousYear.ShouldBe("88 %");
        indicator.Target.ShouldBe("90 %");
        indicator.CouncilTarget.ShouldBe("85 %");
        indicator.Period.ShouldBe("2024");

        var activity = goal.Activities.ShouldHaveSingleItem();
        activity.ActivityId.ShouldBe(Guid.Parse("5da0ce74-9e61-4245-bf80-c1324d5e6f70"));
        activity.Title.ShouldBe("Brukarenkät");
        activity.Start.ShouldBe("2024-03-01");
        activity.End.ShouldBe("2024-04-30");
        activity.Deviation.ShouldBe("Svarsfrekvensen blev lägre än väntat");

        var register = annual.Register.ShouldNotBeNull();
        register.Caption.ShouldBe("Synpunkter och klagomål 2024");
        register.Columns.ShouldBe(["Typ", "T1", "T2", "VB"]);
        register.Rows.Count.ShouldBe(2);
        register.Rows[0].Select(c => c.Text).ShouldBe(["Klagomål", "3", "1", "4"]);
        register.Rows[0].ShouldAllBe(c => c.Colour == null && c.Span == 1 && c.Label == null);
        var analysis = register.Rows[1].ShouldHaveSingleItem();
        analysis.Text.ShouldBe("Analys");
        analysis.Colour.ShouldBe(Rag.Yellow);
        analysis.Span.ShouldBe(4);
        analysis.Label.ShouldBe("Analys");
    }

    [Fact]
    public void FullSample_ReadsBackTheTemplateSectionsItWasWrittenUnder()
    {
        var sections = ReportFigures.FromJson(Sample("report-figures-v1.json")).Sections.ShouldNotBeNull();

        sections.Count.ShouldBe(2);
        sections[0].Key.ShouldBe("sammanfattning");
        sections[0].Title.ShouldBe("Sammanfattning {0}");
        sections[0].Level.ShouldBe(1);
        sections[0].Placement.ShouldBe(SectionPlacement.BeforeGoals);
        sections[0].Instruction.ShouldBe("Sammanfatta året.");
        sections[0].Block.ShouldBe(DataBlock.None);
        sections[1].Key.ShouldBe("risker");
        sections[1].Title.ShouldBe("Uppföljning av risker");
        sections[1].Level.ShouldBe(2);
        sections[1].Placement.ShouldBe(SectionPlacement.AfterGoals);
        sections[1].Instruction.ShouldBe("Följ upp riskerna.");
        sections[1].Block.ShouldBe(DataBlock.Risks);
    }

    [Fact]
    public void FullSample_WrittenAgain_IsTheSameJson()
    {
        var stored = Compact(Sample("report-figures-v1.json"));

        ReportFigures.FromJson(stored).ToJson().ShouldBe(stored);
    }

    [Fact]
    public void SeedWords_AreAbsentFromOldRows_AndWrittenUnderPinnedNames()
    {
        var figures = ReportFigures.FromJson(Sample("report-figures-v1.json"));
        var goal = figures.Goals.ShouldHaveSingleItem();
        goal.ReportNote.ShouldBeNull();
        goal.Indicators.ShouldAllBe(i => i.Explanation == null);

        var written = (figures with
        {
            Goals = [goal with { ReportNote = "Varje delar", Indicators = [goal.Indicators[0] with { Explanation = "Som svarar Ja" }] }],
            Sections = [new PlanTemplateSection("risker", "Uppföljning Riskhantering", 1, SectionPlacement.AfterGoals, string.Empty, DataBlock.Risks, "Instruktioner", DocumentTextAfterBlock: true)],
        }).ToJson();
        var read = ReportFigures.FromJson(written);

        written.ShouldContain("\"reportNote\":\"Varje delar\"");
        written.ShouldContain("\"explanation\":\"Som svarar Ja\"");
        written.ShouldContain("\"documentText\":\"Instruktioner\",\"documentTextAfterBlock\":true");
        read.Goals[0].ReportNote.ShouldBe("Varje delar");
        read.Goals[0].Indicators[0].Explanation.ShouldBe("Som svarar Ja");
        read.Sections!.Single().DocumentTextAfterBlock.ShouldBeTrue();
    }

    [Fact]
    public void ReportFrozenBeforeSections4To6_ReadsItsGoals_AndHasNoQualityAnnualOrSections()
    {
        var figures = ReportFigures.FromJson(Sample("report-figures-before-sections.json"));

        var goal = figures.Goals.ShouldHaveSingleItem();
        goal.GoalId.ShouldBe(GoalId);
        goal.Title.ShouldBe("Brukarna är nöjda med sitt stöd");
        goal.Colour.ShouldBe(Rag.Yellow);
        goal.Indicators.Select(i => i.IndicatorId).ShouldBe([SatisfiedId, WaitingId]);
        figures.Quality.ShouldBeNull();
        figures.Annual.ShouldBeNull();
        figures.Sections.ShouldBeNull();
    }

    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "FollowUp", "Golden", name));

    /// <summary>The sample is kept indented to be read; the database holds it on one line, as the serializer writes it.</summary>
    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
