namespace Formatter.Core.Readers;

/// <summary>Lower-case name particles ("von", "van", "de la", "ibn"…) recognised in family and given names.</summary>
internal static class NameParticles
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "von", "van", "vander", "vom", "zu", "zum", "zur", "de", "der", "den", "des", "del", "della", "delle", "dello",
        "dei", "degli", "di", "da", "dal", "dalla", "das", "do", "dos", "du", "le", "la", "les", "lo", "ter", "ten", "te",
        "het", "'t", "y", "e", "af", "av", "bin", "ibn", "bint", "al", "el", "ben", "ap", "ab", "st.", "san", "dela",
    };

    /// <summary>True when <paramref name="word"/> is a particle written in lower case (an apostrophe form like <c>d'</c> too).</summary>
    public static bool IsParticle(string word) =>
        Words.Contains(word) || (word.Length is 2 && word[1] is '\'' or '’' && char.IsLower(word[0]));
}
