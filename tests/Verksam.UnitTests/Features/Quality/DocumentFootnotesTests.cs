using Verksam.Web.Features.Documents;

namespace Verksam.UnitTests.Features.Quality;

/// <summary>Seed 004's footnotes after what carries their mark, the rest left for the section of footnotes.</summary>
public sealed class DocumentFootnotesTests
{
    [Fact]
    public void EachFootnote_StandsAfterTheFirstTextOrTableWithItsMark_AndOneNoTextCarries_IsLeft()
    {
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, "Identifierade förbättringsområden"),
            new TextBlock("Arbetet med bedömningsinstrumenten ASI¹ och UBÅT² för målgruppen vuxna med beroende."),
            new HeadingBlock(1, "Risker och egenkontroller"),
            new TableBlock("Våld i nära relationer", ["Risk", "Vad ska göras?"], [["Bristande skyddsbedömning", "- FREDA³ farlighet och beskrivning"]]),
            new TextBlock("ASI¹ igen, och en hänvisning till ¹²."),
        };

        var left = DocumentFootnotes.Place(blocks, "¹ ASI (Addiction severity index)\n\n² UBÅT innebär\n\n³ FREDA är standardiserade\n\n¹² En fotnot utan hänvisning i text");

        blocks.Select(b => b switch { NoteBlock n => "note: " + n.Text, HeadingBlock h => "h: " + h.Text, TableBlock t => "table: " + t.Caption, TextBlock t => "text: " + t.Text[..10], _ => "?" })
            .ShouldBe([
                "h: Identifierade förbättringsområden", "text: Arbetet me", "note: ¹ ASI (Addiction severity index)", "note: ² UBÅT innebär",
                "h: Risker och egenkontroller", "table: Våld i nära relationer", "note: ³ FREDA är standardiserade", "text: ASI¹ igen,",
            ]);
        // "¹²" after a space is the footnote's own way of starting, not a reference.
        left.ShouldBe(["¹² En fotnot utan hänvisning i text"]);
    }
}
