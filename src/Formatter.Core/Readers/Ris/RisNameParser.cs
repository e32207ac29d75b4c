using Formatter.Records;

namespace Formatter.Core.Readers.Ris;

/// <summary>
/// RIS names are <c>Last, First, Suffix</c>. A name without a comma is one field (an organisation or a single name)
/// and becomes a literal. Lower-case particles at the start of the family name ("van Gogh, Vincent") become the
/// non-dropping particle; at the end of the given name ("Koning, A. P. J. de") the dropping particle.
/// </summary>
internal static class RisNameParser
{
    /// <summary>The name, or null when the value is blank.</summary>
    public static Name? Parse(string value)
    {
        var text = Whitespace.Collapse(value);
        if (text.Length == 0) return null;
        var parts = text.Split(',', 3, StringSplitOptions.TrimEntries);
        if (parts.Length == 1 || parts[0].Length == 0) return Name.FromLiteral(text.Trim(',', ' '));
        var family = parts[0].Split(' ');
        var leading = 0;
        while (leading < family.Length - 1 && NameParticles.IsParticle(family[leading])) leading++;
        var given = parts[1].Length == 0 ? [] : parts[1].Split(' ');
        var trailing = given.Length;
        while (trailing > 1 && NameParticles.IsParticle(given[trailing - 1])) trailing--;
        return new Name
        {
            Family = string.Join(' ', family[leading..]),
            NonDroppingParticle = leading > 0 ? string.Join(' ', family[..leading]) : null,
            Given = trailing > 0 ? string.Join(' ', given[..trailing]) : null,
            DroppingParticle = trailing < given.Length ? string.Join(' ', given[trailing..]) : null,
            Suffix = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null,
        };
    }
}
