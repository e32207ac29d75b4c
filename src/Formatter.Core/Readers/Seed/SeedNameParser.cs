using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Core.Readers.Seed;

/// <summary>
/// Parses one personal name as catalogue pages write it: <c>Given Family</c> (lowercase particles before the family
/// name are non-dropping), <c>Family, Given</c> (trailing lowercase particles of the given name are dropping;
/// life dates dropped), the Russian <c>Фамилия И. О.</c> form, and a single word as a literal.
/// </summary>
internal static partial class SeedNameParser
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    public static Name? Parse(string text)
    {
        var name = Spaces().Replace(text.Trim().TrimEnd(','), " ");
        if (name.Length == 0) return null;
        return name.Contains(',') ? ParseInverted(name) : ParseDirect(name);
    }

    /// <summary>True for an initial such as <c>V.</c>, <c>Ж.-П.</c>, <c>Yu.</c>.</summary>
    public static bool IsInitial(string word) => Initial().IsMatch(word);

    /// <summary>True for life dates such as <c>1828-1910</c> or <c>1950-</c>.</summary>
    public static bool IsLifeDates(string text) => LifeDates().IsMatch(text.Trim());

    private static Name ParseInverted(string name)
    {
        var parts = name.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var familyPart = parts[0];
        var givenParts = new List<string>();
        string? suffix = null;
        foreach (var part in parts.Skip(1))
        {
            if (IsLifeDates(part)) continue;
            if (suffix is null && Suffixes.Contains(part)) suffix = part;
            else givenParts.Add(part);
        }
        var (particle, family) = SplitLeadingParticles(familyPart);
        var (given, dropping) = SplitTrailingParticles(string.Join(", ", givenParts));
        return new Name
        {
            Family = family,
            Given = given,
            NonDroppingParticle = particle,
            DroppingParticle = dropping,
            Suffix = suffix,
            CommaSuffix = suffix is not null,
        };
    }

    private static Name ParseDirect(string name)
    {
        var words = name.Split(' ');
        if (words.Length == 1) return Name.FromLiteral(name);
        if (!IsInitial(words[0]) && words.Skip(1).All(IsInitial))
            return new Name { Family = words[0], Given = string.Join(" ", words.Skip(1)) };
        var familyIndex = words.Length - 1;
        var particleStart = familyIndex;
        if (StartsUpper(words[familyIndex]))
        {
            while (particleStart > 1 && IsParticle(words[particleStart - 1])) particleStart--;
        }
        var given = string.Join(" ", words.Take(particleStart));
        var particle = particleStart < familyIndex ? string.Join(" ", words[particleStart..familyIndex]) : null;
        return new Name { Family = words[familyIndex], Given = given, NonDroppingParticle = particle };
    }

    private static (string? Particle, string Family) SplitLeadingParticles(string familyPart)
    {
        var words = familyPart.Split(' ');
        var count = 0;
        while (count < words.Length - 1 && IsParticle(words[count])) count++;
        if (count == 0 || !StartsUpper(words[count])) return (null, familyPart);
        return (string.Join(" ", words[..count]), string.Join(" ", words[count..]));
    }

    private static (string? Given, string? Particle) SplitTrailingParticles(string givenPart)
    {
        if (givenPart.Length == 0) return (null, null);
        var words = givenPart.Split(' ');
        var start = words.Length;
        while (start > 1 && IsParticle(words[start - 1])) start--;
        if (start == words.Length || !StartsUpper(words[0])) return (givenPart, null);
        return (string.Join(" ", words[..start]), string.Join(" ", words[start..]));
    }

    private static bool IsParticle(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && !word.EndsWith('.') && word.All(c => char.IsLetter(c) || c is '\'' or '’');

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{0,2}\.(?:-?\p{Lu}\p{Ll}{0,2}\.)*$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"^(?:b\.\s*|d\.\s*|ca\.\s*)?[0-9]{3,4}\??\s*-\s*(?:[0-9]{3,4}\??)?\.?$")]
    private static partial Regex LifeDates();
}
