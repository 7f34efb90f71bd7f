using System.Globalization;
using System.Text.RegularExpressions;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Validation;

/// <summary>
/// Finds a Swedish personal identity number (personnummer or samordningsnummer) in free text: ten or twelve digits,
/// with or without century and with or without the hyphen (or plus, or a space), a real month, a day 1–31 (61–91 for
/// a samordningsnummer), and a valid Luhn check digit. A number that fails any of these is not one, so ordinary
/// figures, dates and most telephone numbers pass.
/// </summary>
public static partial class PersonalIdentityNumber
{
    /// <summary>
    /// The one rule for every free text that can reach a plan, a report or the audit log: a text holding a personal
    /// identity number is refused with an error on <paramref name="field"/> that names it by <paramref name="label"/>.
    /// A field that already has an error (empty, too long) gets no second one. Returns whether the text was refused.
    /// </summary>
    public static bool Refuse(ValidationErrors errors, string field, string label, string? text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!IsIn(text) || errors.Exists(e => e.Field == field))
        {
            return false;
        }

        errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Text_PersonalIdentityNumber, label));
        return true;
    }

    public static bool IsIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match match in Candidate().Matches(text))
        {
            if (match.Groups["century"].Success && match.Groups["century"].Value is not ("18" or "19" or "20"))
            {
                continue;
            }

            var digits = match.Groups["date"].Value + match.Groups["serial"].Value;
            if (IsValid(digits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether ten digits YYMMDDNNNC are a real date (or samordningsnummer day) with a valid Luhn check digit.</summary>
    public static bool IsValid(string tenDigits)
    {
        ArgumentNullException.ThrowIfNull(tenDigits);
        if (tenDigits.Length != 10 || !tenDigits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var month = int.Parse(tenDigits.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(tenDigits.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day is not ((>= 1 and <= 31) or (>= 61 and <= 91)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var d = tenDigits[i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    [GeneratedRegex(@"(?<!\d)(?<century>\d{2})?(?<date>\d{6})[-+ ]?(?<serial>\d{4})(?![\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Candidate();
}
