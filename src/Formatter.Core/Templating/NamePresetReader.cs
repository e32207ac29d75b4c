using System.Globalization;
using Formatter.Core.Locales;
using Formatter.Core.Text.Names;

namespace Formatter.Core.Templating;

/// <summary>
/// Turns a manifest name preset (string keys and values) into <see cref="NameListOptions"/> for one locale.
/// Keys: <c>inversion</c> (none|first|all), <c>initials</c>, <c>form</c> (long|short), <c>and</c> (text|symbol|none),
/// <c>delimiter</c>, <c>delimiter-before-last</c> (contextual|after-inverted|always|never|serial-or-inverted), <c>sort-separator</c>,
/// <c>et-al-min</c>, <c>et-al-use-first</c>, <c>et-al-use-last</c>, <c>et-al-term</c> (a term key or literal text; empty for none),
/// <c>et-al-delimiter</c>, <c>period-after-bare-initial</c>. A value written <c>$NAME</c> is the value of the style
/// option <c>NAME</c> (e.g. <c>"et-al-min": "$et-al-min"</c>), so a preset can be tuned from the command line.
/// </summary>
internal static class NamePresetReader
{
    /// <summary>Reads a preset; an unknown key or value is an error naming the preset.</summary>
    public static NameListOptions Read(string name, IReadOnlyDictionary<string, string> preset, Locale locale, IReadOnlyDictionary<string, string>? styleOptions = null)
    {
        var options = new NameListOptions { EtAlTerm = locale.Term("et-al") ?? "et al." };
        foreach (var (key, stored) in preset)
        {
            var value = FromOption(name, key, stored, styleOptions);
            options = key switch
            {
                "inversion" => options with { Inversion = Enum<NameInversion>(name, key, value) },
                "initials" => options with { GivenForm = Bool(name, key, value) ? GivenNameForm.Initials : GivenNameForm.Full },
                "form" => options with { Form = Enum<NameForm>(name, key, value) },
                "and" => options with { And = value switch { "text" => locale.Term("and") ?? "and", "symbol" => "&", "none" or "" => null, _ => value } },
                "delimiter" => options with { Delimiter = value },
                "delimiter-before-last" => options with { DelimiterBeforeLast = Enum<DelimiterBeforeLast>(name, key, value) },
                "sort-separator" => options with { SortSeparator = value },
                "et-al-min" => options with { EtAlMin = Int(name, key, value) },
                "et-al-use-first" => options with { EtAlUseFirst = Int(name, key, value) },
                "et-al-use-last" => options with { EtAlUseLast = Bool(name, key, value) },
                "et-al-term" => options with { EtAlTerm = value.Length == 0 ? "" : locale.Term(value) ?? value },
                "et-al-delimiter" => options with { EtAlDelimiter = value },
                "period-after-bare-initial" => options with { PunctuateBareInitials = Bool(name, key, value) },
                "initial-separator" => options with { InitialSeparator = value },
                "initial-periods" => options with { InitialPeriods = Bool(name, key, value) },
                _ => throw new InvalidOperationException($"name preset '{name}': unknown key '{key}'"),
            };
        }
        return options;
    }

    private static string FromOption(string preset, string key, string value, IReadOnlyDictionary<string, string>? styleOptions)
    {
        if (value.Length < 2 || value[0] != '$') return value;
        var option = value[1..];
        return styleOptions is not null && styleOptions.TryGetValue(option, out var given)
            ? given
            : throw new InvalidOperationException($"name preset '{preset}': {key} refers to option '{option}', which the style does not define");
    }

    private static T Enum<T>(string preset, string key, string value) where T : struct, System.Enum
    {
        var normalized = value.Replace("-", "", StringComparison.Ordinal).Replace("afterinverted", "afterinvertedname", StringComparison.OrdinalIgnoreCase);
        return System.Enum.TryParse<T>(normalized, ignoreCase: true, out var result)
            ? result
            : throw new InvalidOperationException($"name preset '{preset}': '{value}' is not a valid {key}");
    }

    private static bool Bool(string preset, string key, string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw new InvalidOperationException($"name preset '{preset}': {key} must be true or false, not '{value}'"),
    };

    private static int Int(string preset, string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidOperationException($"name preset '{preset}': {key} must be a number, not '{value}'");
}
