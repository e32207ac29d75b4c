using System.Text;

namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// English sets no space before a colon: a catalogue's <c>Title : subtitle</c> (library cataloguing's spacing, French
/// typography's) becomes <c>Title: subtitle</c>. Only a colon between words is closed up (<c>ratio 3 : 2</c> stays).
/// </summary>
internal static class ColonSpacing
{
    private const string Spaced = " : ";

    /// <summary><paramref name="text"/> with each <c> : </c> between two letters written <c>: </c>.</summary>
    public static string Tighten(string text)
    {
        var at = text.IndexOf(Spaced, StringComparison.Ordinal);
        if (at < 0) return text;
        var builder = new StringBuilder(text.Length);
        var start = 0;
        while (at >= 0)
        {
            var between = at > 0 && char.IsLetter(text[at - 1]) && at + Spaced.Length < text.Length && char.IsLetter(text[at + Spaced.Length]);
            builder.Append(text, start, at - start).Append(between ? ": " : Spaced);
            start = at + Spaced.Length;
            at = text.IndexOf(Spaced, start, StringComparison.Ordinal);
        }
        return builder.Append(text, start, text.Length - start).ToString();
    }
}
