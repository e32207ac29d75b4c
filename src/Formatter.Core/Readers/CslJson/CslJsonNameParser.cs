using System.Text.Json;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.CslJson;

/// <summary>Reads a CSL-JSON name variable: an array of name objects or plain strings (plain strings become literals).</summary>
internal static class CslJsonNameParser
{
    public static IReadOnlyList<Name>? Parse(CslJsonProperty property, CslJsonContext context)
    {
        var value = property.Value;
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                var names = new List<Name>();
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (ParseOne(item, property, index++, context) is { } name) names.Add(name);
                }
                return names;
            case JsonValueKind.Object:
            case JsonValueKind.String:
                context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, "a name variable should be an array; read as a list of one name");
                return ParseOne(value, property, 0, context) is { } single ? [single] : [];
            default:
                context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"a name variable must be an array, not {Describe(value)}; kept as raw JSON");
                return null;
        }
    }

    private static Name? ParseOne(JsonElement item, CslJsonProperty property, int index, CslJsonContext context)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            var text = item.GetString()!.Trim();
            return text.Length == 0 ? null : Name.FromLiteral(text);
        }
        if (item.ValueKind != JsonValueKind.Object)
        {
            context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"name {index + 1} is {Describe(item)}, not an object; skipped");
            return null;
        }
        string? family = null, given = null, dropping = null, nonDropping = null, suffix = null, literal = null;
        var commaSuffix = false;
        foreach (var part in item.EnumerateObject())
        {
            switch (part.Name)
            {
                case "family": family = Text(part, property, context); break;
                case "given": given = Text(part, property, context); break;
                case "dropping-particle": dropping = Text(part, property, context); break;
                case "non-dropping-particle": nonDropping = Text(part, property, context); break;
                case "suffix": suffix = Text(part, property, context); break;
                case "literal": literal = Text(part, property, context); break;
                case "comma-suffix": commaSuffix = IsTrue(part.Value); break;
                default:
                    context.Report(DiagnosticSeverity.Info, property.Line, property.Name, $"name property '{part.Name}' is not kept");
                    break;
            }
        }
        var name = new Name
        {
            Family = family, Given = given, DroppingParticle = dropping, NonDroppingParticle = nonDropping,
            Suffix = suffix, Literal = literal, CommaSuffix = commaSuffix,
        };
        if (family is null && given is null && literal is null)
        {
            context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"name {index + 1} has no family, given or literal part; skipped");
            return null;
        }
        return name;
    }

    private static string? Text(JsonProperty part, CslJsonProperty property, CslJsonContext context) => part.Value.ValueKind switch
    {
        JsonValueKind.String => part.Value.GetString(),
        JsonValueKind.Number => part.Value.GetRawText(),
        JsonValueKind.Null => null,
        _ => Wrong(part, property, context),
    };

    private static string? Wrong(JsonProperty part, CslJsonProperty property, CslJsonContext context)
    {
        context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"name part '{part.Name}' must be a string, not {Describe(part.Value)}; ignored");
        return null;
    }

    internal static bool IsTrue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => value.TryGetDouble(out var number) && number != 0,
        JsonValueKind.String => value.GetString() is "true" or "1" or "yes",
        _ => false,
    };

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
