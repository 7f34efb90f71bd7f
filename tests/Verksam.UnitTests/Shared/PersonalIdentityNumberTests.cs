using Verksam.Web.Shared.Validation;

namespace Verksam.UnitTests.Shared;

public sealed class PersonalIdentityNumberTests
{
    [Theory]
    [InlineData("811218-9876")]
    [InlineData("8112189876")]
    [InlineData("19811218-9876")]
    [InlineData("198112189876")]
    [InlineData("811218+9876")]
    [InlineData("811218 9876")]
    [InlineData("Brukaren (811218-9876) ringde.")]
    [InlineData("Samordningsnummer 701063-2391")]
    public void FindsAValidNumber_WithOrWithoutCenturyAndHyphen(string text) => PersonalIdentityNumber.IsIn(text).ShouldBeTrue();

    [Theory]
    [InlineData("811218-9875")] // check digit wrong
    [InlineData("811318-9876")] // month 13
    [InlineData("811200-9876")] // day 0
    [InlineData("17811218-9876")] // no such century
    [InlineData("08-508 000 00")]
    [InlineData("2024-03-05")]
    [InlineData("Dnr 2024/1234")]
    [InlineData("1234567812345")] // part of a longer number
    [InlineData("")]
    [InlineData(null)]
    public void LeavesOtherNumbersAlone(string? text) => PersonalIdentityNumber.IsIn(text).ShouldBeFalse();

    [Fact]
    public void ChecksLuhnOverTheTenDigits() => (PersonalIdentityNumber.IsValid("8112189876"), PersonalIdentityNumber.IsValid("8112189877")).ShouldBe((true, false));

    [Fact]
    public void SkatteverketsTestNumber_IsOne() => PersonalIdentityNumber.IsValid("1212121212").ShouldBeTrue();

    [Fact]
    public void Refuse_NamesTheField_AndAddsNoSecondErrorToAFieldThatHasOne()
    {
        var errors = new ValidationErrors();
        errors.Add("Title", "Skriv en rubrik");

        var refused = PersonalIdentityNumber.Refuse(errors, "Description", "Beskrivning", "Gäller 19121212-1212.");
        var again = PersonalIdentityNumber.Refuse(errors, "Title", "Rubrik", "121212-1212");
        var clean = PersonalIdentityNumber.Refuse(errors, "Comment", "Kommentar", "Dnr 2024/1234, tel 08-508 000 00");

        (refused, again, clean).ShouldBe((true, false, false));
        errors.Select(e => e.Field).ShouldBe(["Title", "Description"]);
        errors[1].Message.ShouldStartWith("Beskrivning: texten innehåller ett personnummer. Ta bort det");
    }
}
