using Verksam.Web.Data;
using Verksam.Web.Features.Register;

namespace Verksam.Web.Operations.Demo;

/// <summary>
/// The register's demo: Beställarenheten för funktionsnedsättning's 2024 matters, which give seed 003's table cell
/// for cell (two complaints from clients in T1 with feedback and no measures, two deviations in T2 found by staff about a provider's
/// performance, Lex Sarah 1 in T1 and 2 in T2, none serious), and a few open matters in other units, some overdue.
/// The descriptions are written as the register asks: what the case needs, no one named.
/// </summary>
internal static class DemoRegister
{
    public const int BestallarenhetenYear = 2024;

    public static void Add(VerksamDbContext db)
    {
        var b = DemoData.Bestallarenheten;
        Matter[] matters =
        [
            Closed(b, MatterKind.Complaint, new DateOnly(2024, 2, 12), new DateOnly(2024, 3, 4), m =>
            {
                m.Source = MatterSource.Client;
                m.Category = ComplaintCategory.Treatment;
                m.Description = "Brukaren upplevde att handläggaren var otrevlig vid uppföljningsmötet.";
                // Seed 003 counts no complaint where measures were taken: what was done is part of the investigation.
                m.Investigation = "Biträdande enhetschef har talat med brukaren och med handläggaren om mötet, och bemötandet har diskuterats vid gruppens ärendedragning.";
                Feedback(m, new DateOnly(2024, 3, 1), FeedbackForm.Phone);
            }),
            Closed(b, MatterKind.Complaint, new DateOnly(2024, 3, 20), new DateOnly(2024, 4, 10), m =>
            {
                m.Source = MatterSource.Client;
                m.Category = ComplaintCategory.Information;
                m.Description = "Brukaren hade inte fått information om att beslutet om ledsagarservice skulle följas upp.";
                m.Investigation = "Informationen om uppföljning hade inte skickats ut med beslutet.";
                Feedback(m, new DateOnly(2024, 4, 8), FeedbackForm.Letter);
            }),
            ProviderDeviation(b, new DateOnly(2024, 6, 10), new DateOnly(2024, 7, 1)),
            ProviderDeviation(b, new DateOnly(2024, 8, 19), new DateOnly(2024, 9, 9)),
            Closed(b, MatterKind.LexSarah, new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 26), m =>
            {
                m.Description = "Rapport om att en insats inte kommit i gång i tid efter beslut.";
                m.Investigation = "Utredningen visar att insatsen startade med några dagars fördröjning utan att den enskilde kom till skada.";
                Decide(m, SeriousnessDecision.NotSerious, new DateOnly(2024, 3, 19));
            }),
            Closed(b, MatterKind.LexSarah, new DateOnly(2024, 5, 14), new DateOnly(2024, 6, 11), m =>
            {
                m.Description = "Personuppgiftsincident: sekretesshandlingar skickades till fel adress.";
                m.Investigation = "Handlingarna kom till fel mottagare på grund av en gammal adress i systemet.";
                m.Measures = "Rutinerna kring sekretess har förtydligats och ska förtydligas i enhetens introduktionsplan.";
                Decide(m, SeriousnessDecision.NotSerious, new DateOnly(2024, 6, 4));
            }),
            Closed(b, MatterKind.LexSarah, new DateOnly(2024, 8, 6), new DateOnly(2024, 8, 30), m =>
            {
                m.Description = "Rapport om att en utredning dröjt längre än rutinen anger.";
                m.Investigation = "Utredningen försenades av hög arbetsbelastning under semesterperioden.";
                Decide(m, SeriousnessDecision.NotSerious, new DateOnly(2024, 8, 27));
            }),

            // Open matters elsewhere, with fixed dates: flagged once they are older than the limits.
            Open(DemoData.MyndighetLss, MatterKind.Complaint, new DateOnly(2026, 9, 15), MatterStatus.Investigating, m =>
            {
                m.Source = MatterSource.Relative;
                m.Category = ComplaintCategory.Decision;
                m.Description = "Närstående är missnöjd med att beslutet om korttidsvistelse inte kommunicerats innan det fattades.";
                m.Investigation = "Handläggaren har ombetts redogöra för kommuniceringen.";
            }),
            Open(DemoData.IfoVuxna, MatterKind.LexSarah, new DateOnly(2026, 11, 2), MatterStatus.Investigating, m =>
            {
                m.Description = "Rapport om att en planerad kontakt med en klient uteblev två veckor i följd.";
            }),
            Open(DemoData.SkarpnackHemtjanst, MatterKind.Deviation, new DateOnly(2026, 11, 18), MatterStatus.Received, m =>
            {
                m.IdentifiedBy = DeviationIdentifiedBy.Staff;
                m.DeviationCategory = DeviationCategory.ServiceDelivery;
                m.Concerns = DeviationConcerns.OwnUnit;
                m.Description = "Ett besök blev en timme försenat på grund av sjukfrånvaro som inte täcktes.";
            }),
            Closed(DemoData.SkarpnackHemtjanst, MatterKind.Praise, new DateOnly(2026, 10, 7), new DateOnly(2026, 10, 7), m =>
            {
                m.Source = MatterSource.Relative;
                m.Description = "Närstående tackar personalen för gott bemötande under hösten.";
            }),
        ];
        Matter.NumberInOrder(matters);
        db.Matters.AddRange(matters);
    }

    /// <summary>Seed 003's T2 deviations: a provider that did not carry out the assignment as ordered, found by staff.</summary>
    private static Matter ProviderDeviation(Guid unitId, DateOnly received, DateOnly closed) => Closed(unitId, MatterKind.Deviation, received, closed, m =>
    {
        m.IdentifiedBy = DeviationIdentifiedBy.Staff;
        m.DeviationCategory = DeviationCategory.ServiceDelivery;
        m.Concerns = DeviationConcerns.OtherProvider;
        m.Description = "Utföraren har inte utfört uppdraget enligt beställning.";
        m.Investigation = "Handläggaren har följt upp med utföraren, som har återkopplat vilken åtgärd som vidtagits.";
    });

    private static Matter Closed(Guid unitId, MatterKind kind, DateOnly received, DateOnly closed, Action<Matter> fill)
    {
        var matter = Open(unitId, kind, received, MatterStatus.Closed, fill);
        matter.ClosedOn = closed;
        return matter;
    }

    private static Matter Open(Guid unitId, MatterKind kind, DateOnly received, MatterStatus status, Action<Matter> fill)
    {
        var matter = new Matter { Id = Guid.NewGuid(), OrgUnitId = unitId, Kind = kind, ReceivedOn = received, Status = status, Version = Guid.NewGuid() };
        if (matter.IsLexReport)
        {
            matter.Source = MatterSource.Staff;
        }

        fill(matter);
        return matter;
    }

    private static void Feedback(Matter matter, DateOnly on, FeedbackForm form)
    {
        matter.FeedbackGiven = true;
        matter.FeedbackOn = on;
        matter.FeedbackForm = form;
    }

    private static void Decide(Matter matter, SeriousnessDecision decision, DateOnly on)
    {
        matter.Decision = decision;
        matter.DecidedOn = on;
    }
}
