using System.Buffers;

namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// A view of a marked-up string through its markers: visible character <c>i</c> lives at original index
/// <see cref="Position"/>(i). Characters inside a <c>nocase</c> span are visible but protected; marker characters and
/// tag text are not part of the view and can never be changed through it. Its buffers are rented: dispose the view
/// when done (a view that is not disposed only costs the pool a buffer).
/// </summary>
internal sealed class VisibleText : IDisposable
{
    private readonly string _source;
    private char[] _chars;
    // The visible characters in order (kept in step with _chars by Set): reading one is one array access. A string
    // without markers (most titles) is all visible: then this is _chars itself, and there are no positions to map
    // and nothing protected (both null).
    private char[] _visible;
    private int[]? _positions;
    private bool[]? _protected;
    private bool _changed;

    private VisibleText(string source, char[] chars, char[] visible, int[]? positions, bool[]? isProtected, int length)
    {
        _source = source;
        _chars = chars;
        _visible = visible;
        _positions = positions;
        _protected = isProtected;
        Length = length;
    }

    /// <summary>The number of visible characters.</summary>
    public int Length { get; }

    /// <summary>The visible character at <paramref name="index"/>.</summary>
    public char this[int index] => _visible[index];

    /// <summary>The visible characters in order, as they are now.</summary>
    public ReadOnlySpan<char> Chars => _visible.AsSpan(0, Length);

    /// <summary>The index in the original string of visible character <paramref name="index"/>.</summary>
    public int Position(int index) => _positions is null ? index : _positions[index];

    /// <summary>True when the visible character lies inside a protected span (<c>nocase</c> unless chosen otherwise).</summary>
    public bool IsProtected(int index) => _protected is not null && _protected[index];

    /// <summary>Replaces a visible character unless it is protected.</summary>
    public void Set(int index, char value)
    {
        if (IsProtected(index) || _visible[index] == value) return;
        _chars[Position(index)] = value;
        _visible[index] = value;
        _changed = true;
    }

    /// <summary>The (possibly changed) string, markers and tags included; the original string when nothing changed.</summary>
    public override string ToString() => _changed ? new string(_chars, 0, _source.Length) : _source;

    /// <summary>Returns the rented buffers; the view must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_chars.Length == 0) return;
        ArrayPool<char>.Shared.Return(_chars);
        if (!ReferenceEquals(_visible, _chars)) ArrayPool<char>.Shared.Return(_visible);
        if (_positions is not null) ArrayPool<int>.Shared.Return(_positions);
        if (_protected is not null) ArrayPool<bool>.Shared.Return(_protected);
        _chars = [];
        _visible = [];
        _positions = null;
        _protected = null;
    }

    /// <summary>Builds the view of <paramref name="value"/>; content of spans named <paramref name="protectedTag"/> is protected.</summary>
    public static VisibleText Parse(string value, string protectedTag = "nocase")
    {
        var length = value.Length;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        value.CopyTo(chars);
        if (value.AsSpan().IndexOfAnyInRange(Markup.Open, Markup.Close) < 0) return new VisibleText(value, chars, chars, null, null, length);
        var visible = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        var positions = ArrayPool<int>.Shared.Rent(Math.Max(length, 1));
        var isProtected = ArrayPool<bool>.Shared.Rent(Math.Max(length, 1));
        var count = 0;
        // Each open span records whether it is a nocase span (spans nest at most as deep as the string is long);
        // nocaseDepth counts the open nocase spans.
        var stack = ArrayPool<bool>.Shared.Rent(Math.Max(length, 1));
        var depth = 0;
        var nocaseDepth = 0;
        var i = 0;
        while (i < length)
        {
            var c = chars[i];
            if (c == Markup.Open)
            {
                var tagStart = i + 1;
                var tagEnd = value.IndexOf(Markup.TagEnd, tagStart);
                if (tagEnd < 0) tagEnd = length;
                var isNocase = IsTag(value.AsSpan(tagStart, Math.Max(0, tagEnd - tagStart)), protectedTag);
                stack[depth++] = isNocase;
                if (isNocase) nocaseDepth++;
                i = tagEnd + 1;
                continue;
            }
            if (c == Markup.Close)
            {
                if (depth > 0 && stack[--depth]) nocaseDepth--;
            }
            else if (c != Markup.TagEnd)
            {
                visible[count] = c;
                positions[count] = i;
                isProtected[count] = nocaseDepth > 0;
                count++;
            }
            i++;
        }
        ArrayPool<bool>.Shared.Return(stack);
        return new VisibleText(value, chars, visible, positions, isProtected, count);
    }

    private static bool IsTag(ReadOnlySpan<char> tag, string name)
    {
        var space = tag.IndexOf(' ');
        return (space < 0 ? tag : tag[..space]).SequenceEqual(name);
    }
}
