using Verksam.Web.Shared.Text;

namespace Verksam.UnitTests.Shared;

public sealed class ColumnLettersTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void FromIndex_AndBack_AgreeWithTheSpreadsheet(int index, string letters)
    {
        ColumnLetters.FromIndex(index).ShouldBe(letters);
        ColumnLetters.ToIndex(letters + "12").ShouldBe(index);
        ColumnLetters.ToIndex(letters.ToLowerInvariant()).ShouldBe(index);
    }

    [Fact]
    public void ToIndex_WithoutReference_IsNull() => ColumnLetters.ToIndex(null).ShouldBeNull();
}
