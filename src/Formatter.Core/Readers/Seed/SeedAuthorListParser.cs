using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Core.Readers.Seed;

/// <summary>
/// Splits the value of an author row into names. With roles (<c>Name (Editor), Name (Author)</c>) the role
/// parentheses end each name. Without roles, a singular label holds one name; otherwise <c>Family, Given</c> pairs
/// are recognised when every family part is one capitalised word, and each comma-separated item is a name if not.
/// </summary>
internal static partial class SeedAuthorListParser
{
    public static List<SeedAuthor> Parse(string value, bool singleName, bool corporate)
    {
        var result = new List<SeedAuthor>();
        var position = 0;
        foreach (Match match in RoleGroup().Matches(value))
        {
            var roles = match.Groups["roles"].Value.Split(',').Select(SeedRoles.ToVariable).ToList();
            if (roles.Any(r => r is null)) continue;
            var text = value[position..match.Index].Trim().Trim(',').Trim();
            position = match.Index + match.Length;
            var name = text.Length == 0 ? null : corporate ? Name.FromLiteral(text) : SeedNameParser.Parse(text);
            if (name is not null) result.Add(new SeedAuthor(name, roles.Select(r => r!).Distinct().ToList()));
        }
        AddUnroled(result, value[position..], singleName, corporate);
        return result;
    }

    private static void AddUnroled(List<SeedAuthor> result, string text, bool singleName, bool corporate)
    {
        var trimmed = text.Trim().Trim(',').Trim();
        if (trimmed.Length == 0) return;
        foreach (var name in SplitNames(trimmed, singleName, corporate))
        {
            var parsed = corporate ? Name.FromLiteral(name) : SeedNameParser.Parse(name);
            if (parsed is not null) result.Add(new SeedAuthor(parsed, []));
        }
    }

    private static IEnumerable<string> SplitNames(string text, bool singleName, bool corporate)
    {
        if (singleName) return [text];
        var items = text.Split(", ").Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        if (corporate) return items;
        items.RemoveAll(SeedNameParser.IsLifeDates);
        if (items.Count >= 2 && items.Count % 2 == 0 && ReadsInPairs(items))
            return Enumerable.Range(0, items.Count / 2).Select(i => items[2 * i] + ", " + items[2 * i + 1]);
        return items;
    }

    private static bool ReadsInPairs(List<string> items)
    {
        for (var i = 0; i < items.Count; i += 2)
        {
            var family = items[i];
            if (family.Contains(' ') || family.Length == 0 || !char.IsUpper(family[0]) || SeedNameParser.IsInitial(family)) return false;
        }
        return true;
    }

    [GeneratedRegex(@"\((?<roles>[^()]+)\)\s*(?:,|$)")]
    private static partial Regex RoleGroup();
}
