namespace Formatter.Core.Text.Names;

/// <summary>
/// Whether two names of an organisation are the same one, as a style that leaves out a site or publisher repeating
/// the author needs (Chicago 17 §7 W2, APA 7 §2): equal ignoring letter case, inline markup, a leading <c>The</c> and
/// final punctuation. Blank names are never the same.
/// </summary>
internal static class SameName
{
    private static readonly char[] FinalPunctuation = ['.', ',', ';', ':'];

    /// <summary>True when <paramref name="name"/> and <paramref name="other"/> name the same organisation.</summary>
    public static bool Of(string? name, string? other)
    {
        var key = Key(name);
        return key.Length > 0 && key.Equals(Key(other), StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> Key(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return default;
        var text = Markup.Strip(value).AsSpan().Trim().TrimEnd(FinalPunctuation).TrimEnd();
        return text.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? text[4..].TrimStart() : text;
    }
}
