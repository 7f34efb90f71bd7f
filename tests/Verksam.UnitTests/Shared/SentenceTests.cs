using Verksam.Web.Shared.Text;

namespace Verksam.UnitTests.Shared;

public sealed class SentenceTests
{
    [Theory]
    [InlineData("mäts ackumulerat 12 månader", "Mäts ackumulerat 12 månader.")]
    [InlineData("Redovisas i sammanställning av månadsvolymerna.", "Redovisas i sammanställning av månadsvolymerna.")]
    [InlineData(">85%", ">85%.")]
    [InlineData("Hur gick det?", "Hur gick det?")]
    public void Of_StartsWithACapital_AndEndsWithOneFullStop(string text, string sentence) => Sentence.Of(text).ShouldBe(sentence);
}
