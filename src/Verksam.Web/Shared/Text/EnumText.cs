using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Text;

/// <summary>
/// How an enum value is shown in Swedish, everywhere: the Texts key <c>{Enum}_{Value}</c> ("GoalLevel_Board"), or
/// <c>{Enum}_{Value}_{Variant}</c> for another text of the same value ("AccessLevel_Read_Hint"). A value without a
/// text shows its key in brackets, so a gap is seen, never a silent English name; a test proves there is none.
/// </summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Type, string> Prefixes = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Lookup(Key(value));

    /// <summary>Another text of the value: "Label" or "Hint" beside its name.</summary>
    public static string Of<TEnum>(TEnum value, string variant)
        where TEnum : struct, Enum => Lookup(Key(value, variant));

    /// <summary>The text of a value known only by its type and name, as the audit log stores it ("Received").</summary>
    public static string OfName(Type enumType, string name) => Lookup(Prefix(enumType) + "_" + name);

    public static string Key<TEnum>(TEnum value, string? variant = null)
        where TEnum : struct, Enum =>
        Prefix(typeof(TEnum)) + "_" + value.ToString() + (variant is null ? string.Empty : "_" + variant);

    /// <summary>The start of the keys of an enum's texts: its name, or what <see cref="TextKeyPrefixAttribute"/> says.</summary>
    public static string Prefix(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Prefixes.GetOrAdd(enumType, t => t.GetCustomAttribute<TextKeyPrefixAttribute>()?.Prefix ?? t.Name);
    }

    private static string Lookup(string key) =>
        Texts.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) is { Length: > 0 } text ? text : "[" + key + "]";
}

/// <summary>For an enum whose texts were keyed before <see cref="EnumText"/> by another name ("Measurement_Value" for MeasurementKind).</summary>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class TextKeyPrefixAttribute(string prefix) : Attribute
{
    public string Prefix { get; } = prefix;
}
