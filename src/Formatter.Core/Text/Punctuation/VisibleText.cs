namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// A view of a marked-up string through its markers: visible character <c>i</c> lives at original index
/// <see cref="Position"/>(i). Characters inside a <c>nocase</c> span are visible but protected; marker characters and
/// tag text are not part of the view and can never be changed through it.
/// </summary>
internal sealed class VisibleText
{
    private readonly char[] _chars;
    private readonly int[] _positions;
    private readonly bool[] _protected;

    private VisibleText(char[] chars, int[] positions, bool[] isProtected, int length)
    {
        _chars = chars;
        _positions = positions;
        _protected = isProtected;
        Length = length;
    }

    /// <summary>The number of visible characters.</summary>
    public int Length { get; }

    /// <summary>The visible character at <paramref name="index"/>.</summary>
    public char this[int index] => _chars[_positions[index]];

    /// <summary>The index in the original string of visible character <paramref name="index"/>.</summary>
    public int Position(int index) => _positions[index];

    /// <summary>True when the visible character lies inside a protected span (<c>nocase</c> unless chosen otherwise).</summary>
    public bool IsProtected(int index) => _protected[index];

    /// <summary>Replaces a visible character unless it is protected.</summary>
    public void Set(int index, char value)
    {
        if (!_protected[index]) _chars[_positions[index]] = value;
    }

    /// <summary>The (possibly changed) string, markers and tags included.</summary>
    public override string ToString() => new(_chars);

    /// <summary>Builds the view of <paramref name="value"/>; content of spans named <paramref name="protectedTag"/> is protected.</summary>
    public static VisibleText Parse(string value, string protectedTag = "nocase")
    {
        var chars = value.ToCharArray();
        var positions = new int[chars.Length];
        var isProtected = new bool[chars.Length];
        var count = 0;
        // Each open span records whether it is a nocase span; nocaseDepth counts the open nocase spans.
        var stack = new List<bool>();
        var nocaseDepth = 0;
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            if (c == Markup.Open)
            {
                var tagStart = i + 1;
                var tagEnd = Array.IndexOf(chars, Markup.TagEnd, tagStart);
                if (tagEnd < 0) tagEnd = chars.Length;
                var isNocase = IsTag(chars.AsSpan(tagStart, Math.Max(0, tagEnd - tagStart)), protectedTag);
                stack.Add(isNocase);
                if (isNocase) nocaseDepth++;
                i = tagEnd + 1;
                continue;
            }
            if (c == Markup.Close)
            {
                if (stack.Count > 0)
                {
                    if (stack[^1]) nocaseDepth--;
                    stack.RemoveAt(stack.Count - 1);
                }
            }
            else if (c != Markup.TagEnd)
            {
                positions[count] = i;
                isProtected[count] = nocaseDepth > 0;
                count++;
            }
            i++;
        }
        return new VisibleText(chars, positions, isProtected, count);
    }

    private static bool IsTag(ReadOnlySpan<char> tag, string name)
    {
        var space = tag.IndexOf(' ');
        return (space < 0 ? tag : tag[..space]).SequenceEqual(name);
    }
}
