using System.Text;

namespace Formatter.Core.Text;

/// <summary>
/// The neutral markup that templates and kit functions produce. A span is written as
/// <c>Open tag TagEnd content Close</c> with three private-use characters that never survive in data
/// (<see cref="Sanitize"/> removes them from every value a template sees). Tags: <c>i</c>, <c>b</c>, <c>sc</c>,
/// <c>sup</c>, <c>sub</c>, <c>nocase</c>, <c>q</c> (quoted), <c>link URL</c>, <c>part NAME</c>.
/// The output stage parses this into a <see cref="Formatter.Text.RichText"/> tree; writers never see markers.
/// </summary>
internal static class Markup
{
    /// <summary>Starts a span; the tag follows.</summary>
    public const char Open = '\uE000';

    /// <summary>Ends the tag of a span; the content follows.</summary>
    public const char TagEnd = '\uE001';

    /// <summary>Closes the innermost open span.</summary>
    public const char Close = '\uE002';

    /// <summary>Wraps content in a span; empty content gives an empty string (an empty element disappears).</summary>
    public static string Wrap(string tag, string? content) =>
        string.IsNullOrEmpty(content) ? "" : string.Create(tag.Length + content.Length + 3, (tag, content), static (chars, parts) =>
        {
            chars[0] = Open;
            parts.tag.CopyTo(chars[1..]);
            chars[parts.tag.Length + 1] = TagEnd;
            parts.content.CopyTo(chars[(parts.tag.Length + 2)..]);
            chars[^1] = Close;
        });

    /// <summary>True when the character is one of the three markers.</summary>
    public static bool IsMarker(char c) => c is >= Open and <= Close;

    /// <summary>Removes marker characters from a data value so that no data can forge markup.</summary>
    public static string Sanitize(string value)
    {
        if (value.AsSpan().IndexOfAnyInRange(Open, Close) < 0) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value) if (!IsMarker(c)) builder.Append(c);
        return builder.ToString();
    }

    /// <summary>The visible characters of a marked-up string in order (what <see cref="Strip"/> keeps).</summary>
    private static int Visible(string value, Span<char> into)
    {
        var count = 0;
        var inTag = false;
        foreach (var c in value)
        {
            if (c == Open) inTag = true;
            else if (c == TagEnd) inTag = false;
            else if (c != Close && !inTag) into[count++] = c;
        }
        return count;
    }

    /// <summary>The visible text of a marked-up string: markers and tags removed, content kept.</summary>
    public static string Strip(string value)
    {
        if (value.AsSpan().IndexOfAnyInRange(Open, Close) < 0) return value;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(value.Length);
        var text = new string(buffer, 0, Visible(value, buffer));
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return text;
    }

    /// <summary>The last visible character, looking through closing markers and tags; '\0' when there is none.</summary>
    public static char LastVisibleChar(string value)
    {
        var last = '\0';
        var inTag = false;
        foreach (var c in value)
        {
            if (c == Open) inTag = true;
            else if (c == TagEnd) inTag = false;
            else if (c != Close && !inTag) last = c;
        }
        return last;
    }
}
