using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Verksam.Web.Shared.Text;

namespace Verksam.UnitTests.Shared;

/// <summary>Every text a user reads is proofread once here: no doubled periods or spaces, no asterisks, counts in number.</summary>
public sealed partial class TextsTests
{
    [Fact]
    public void NoText_HasADoublePeriod_OrADoubleSpace_OrASpaceBeforePunctuation()
    {
        var slips = Texts()
            .Where(t => !Written.ContainsKey(t.Key))
            .Where(t => DoublePeriod().IsMatch(t.Value) || t.Value.Contains("  ", StringComparison.Ordinal) || SpaceBeforePunctuation().IsMatch(t.Value) || t.Value != t.Value.Trim())
            .Select(t => $"{t.Key}: «{t.Value}»")
            .ToList();

        slips.ShouldBeEmpty(string.Join(Environment.NewLine, slips));
    }

    [Fact]
    public void TheSlipCheck_FindsTheSlipsOfIssue18()
    {
        DoublePeriod().IsMatch("Redovisas i sammanställning av månadsvolymerna..").ShouldBeTrue();
        DoublePeriod().IsMatch("Sida 1 av 3. Nästa…").ShouldBeFalse();
        SpaceBeforePunctuation().IsMatch("Spara .").ShouldBeTrue();
    }

    [Fact]
    public void NoText_MarksAFieldWithAnAsterisk()
    {
        // The style guide: no asterisks; a counted survey answer says "räknas i andelen" instead. A hint may show how to write one.
        var slips = Texts().Where(t => Asterisk().IsMatch(t.Value) && !Written.ContainsKey(t.Key) && !t.Key.EndsWith("_Hint", StringComparison.Ordinal)).Select(t => t.Key).ToList();

        slips.ShouldBeEmpty(string.Join(", ", slips));
    }

    [Fact]
    public void EverySingularText_HasItsPlural_WithTheSamePlaceholders()
    {
        var texts = Texts().ToDictionary(t => t.Key, t => t.Value);
        foreach (var (key, one) in texts.Where(t => t.Key.EndsWith("_One", StringComparison.Ordinal)))
        {
            var plural = key[..^"_One".Length];
            texts.ShouldContainKey(plural);
            Placeholders().Matches(one).Select(m => m.Value).Order().ShouldBe(Placeholders().Matches(texts[plural]).Select(m => m.Value).Order(), key);
        }
    }

    [Theory]
    [InlineData(1, "1 aktivitet")]
    [InlineData(0, "0 aktiviteter")]
    [InlineData(3, "3 aktiviteter")]
    public void ACount_IsWrittenInSwedishNumber(int count, string expected) =>
        Counted.Format("Count_Activities", count).ShouldBe(expected);

    [Fact]
    public void ACopiedWheelOfOneActivity_SaysAktivitet()
    {
        Counted.Format(nameof(Verksam.Web.Resources.Texts.Wheel_Copied), 1, 2024).ShouldStartWith("1 aktivitet kopierades");
        Counted.Format(nameof(Verksam.Web.Resources.Texts.Indicator_DecimalsShown), 1).ShouldBe("1 decimal");
        Counted.Format(nameof(Verksam.Web.Resources.Texts.Matter_Flag_Open), 1, 30).ShouldBe("Öppet i 1 dag (gräns 30 dagar)");
    }

    /// <summary>Texts that show how something is typed, where the characters are the point, and why.</summary>
    private static readonly Dictionary<string, string> Written = new(StringComparer.Ordinal)
    {
        ["Import_Period_Invalid"] = "2023-07..09 is how a span of months is typed in an import",
        ["Import_Col_Period"] = "2023-07..09 is how a span of months is typed in an import",
        ["User_UserName_Invalid"] = "lists the characters a user name may hold",
        ["Layout_ErrorTitlePrefix"] = "\"Fel: \" is followed by the page's title",
        ["Indicator_Survey_OneCounts"] = "says how a counted answer is marked in the answers field",
    };

    private static List<KeyValuePair<string, string>> Texts()
    {
        var set = Verksam.Web.Resources.Texts.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new MissingManifestResourceException("Texts");
        return set.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, string>((string)e.Key, (string)e.Value!)).ToList();
    }

    // Two periods in a row that are not part of an ellipsis written with dots.
    [GeneratedRegex(@"(?<!\.)\.\.(?!\.)")]
    private static partial Regex DoublePeriod();

    [GeneratedRegex(@"\s[.,;:!?](\s|$)")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\s\*(\s|$)|\S\*(\s|$)")]
    private static partial Regex Asterisk();

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholders();
}
