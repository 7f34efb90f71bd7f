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
    public void NoText_RepeatsAWord_WritesADayAsAnOrdinal_OrUsesAnEnglishWord()
    {
        var slips = Texts()
            .Where(t => DoubledWord().IsMatch(t.Value) || Ordinal().IsMatch(t.Value) || (EnglishWord().IsMatch(t.Value) && !ForDevelopers.ContainsKey(t.Key)))
            .Select(t => $"{t.Key}: «{t.Value}»")
            .ToList();

        slips.ShouldBeEmpty(string.Join(Environment.NewLine, slips));
    }

    [Fact]
    public void TheWordCheck_FindsTheSlipsOfTheWalkInChromium()
    {
        DoubledWord().IsMatch("Bedömning T1 2023 av mål Mål ”LSS arbetar…”").ShouldBeTrue();
        DoubledWord().IsMatch("Indikatorkoppling till mål 1.3").ShouldBeFalse();
        Ordinal().IsMatch("senast den {0}:e månaden efter perioden").ShouldBeTrue();
        Ordinal().IsMatch("senast den 10:e").ShouldBeTrue();
        Ordinal().IsMatch("senast den 10 i månaden efter perioden, KF:s årsmål").ShouldBeFalse();
        EnglishWord().IsMatch("Värdet är null").ShouldBeTrue();
        EnglishWord().IsMatch("Skriv talet med decimalkomma, fel form").ShouldBeFalse();
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

    /// <summary>Texts for developers and IT staff, where an English word is the value they type, and why.</summary>
    private static readonly Dictionary<string, string> ForDevelopers = new(StringComparer.Ordinal)
    {
        ["Api_BadRequest_Bool"] = "the API reads the JSON values true and false",
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

    // The same word twice in a row, whatever its case ("mål Mål").
    [GeneratedRegex(@"\b(\p{L}+)\s+\1\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubledWord();

    // A day written as an ordinal, "den 10:e" or "den {0}:e": Swedish dates say "den 10".
    [GeneratedRegex(@"(\d|\})\s?:e\b")]
    private static partial Regex Ordinal();

    // English and developer words that a Swedish reader should never meet; "id" is left out, Swedish writes it too.
    [GeneratedRegex(@"(?<![\w-])(null|json|handler|true|false|exception|guid|undefined|error|the|and|of|with|save|submit|delete|edit|cancel|entity|string|enum|click|default)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}
