using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Formatter.Tests.Readers;

/// <summary>
/// Compares a read record with an expected import-corpus record as corpus/import/README.md says: per variable of the
/// expected record, strings with whitespace collapsed (and nocase spans removed: the reference drops them), names
/// field by field, dates by date-parts. Variables only the read record has are not compared.
/// </summary>
internal static partial class ImportComparison
{
    private static readonly string[] NameParts = ["family", "given", "non-dropping-particle", "dropping-particle", "literal"];

    /// <summary>The variables that differ, each with a short description.</summary>
    public static List<(string Variable, string Description)> Differences(JsonObject expected, JsonObject actual)
    {
        var differences = new List<(string, string)>();
        foreach (var (key, want) in expected)
        {
            if (key == "id") continue;
            var got = actual[key];
            if (!Same(key, want, got))
                differences.Add((key, $"expected {want?.ToJsonString() ?? "(absent)"}, got {got?.ToJsonString() ?? "(absent)"}"));
        }
        return differences;
    }

    private static bool Same(string key, JsonNode? want, JsonNode? got)
    {
        if (want is null || got is null) return want is null && got is null;
        if (want is JsonArray wantNames && got is JsonArray gotNames) return SameNames(wantNames, gotNames);
        if (want is JsonObject wantDate && got is JsonObject gotDate) return JsonNode.DeepEquals(wantDate["date-parts"], gotDate["date-parts"]);
        if (want is JsonValue && got is JsonValue) return Text(want) == Text(got);
        return false;
    }

    private static bool SameNames(JsonArray want, JsonArray got)
    {
        if (want.Count != got.Count) return false;
        for (var i = 0; i < want.Count; i++)
        {
            foreach (var part in NameParts)
            {
                var a = want[i]?[part] is { } x ? Text(x) : null;
                var b = got[i]?[part] is { } y ? Text(y) : null;
                if (a != b) return false;
            }
        }
        return true;
    }

    /// <summary>The string form of a JSON value: whitespace collapsed, nocase spans removed.</summary>
    public static string Text(JsonNode node)
    {
        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString();
        return Spaces().Replace(WithoutNoCase(text), " ").Trim();
    }

    private static string WithoutNoCase(string text)
    {
        const string open = "<span class=\"nocase\">";
        if (!text.Contains(open, StringComparison.Ordinal)) return text;
        var builder = new System.Text.StringBuilder();
        var spans = new Stack<bool>();
        for (var i = 0; i < text.Length;)
        {
            if (string.CompareOrdinal(text, i, open, 0, open.Length) == 0)
            {
                spans.Push(true);
                i += open.Length;
            }
            else if (string.CompareOrdinal(text, i, "<span", 0, 5) == 0)
            {
                spans.Push(false);
                builder.Append(text[i++]);
            }
            else if (string.CompareOrdinal(text, i, "</span>", 0, 7) == 0 && spans.Count > 0)
            {
                if (!spans.Pop()) builder.Append("</span>");
                i += 7;
            }
            else builder.Append(text[i++]);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
