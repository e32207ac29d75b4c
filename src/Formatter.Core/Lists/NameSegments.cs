namespace Formatter.Core.Lists;

/// <summary>
/// Reads the segments of an author sort key one by one without splitting it into strings: the segments joined by
/// commas (which a segment never contains, see <see cref="SortText.JoinSegments"/>), or a whole text as one segment
/// (a title standing in for the author, which may contain commas).
/// </summary>
internal ref struct NameSegments
{
    private readonly bool _whole;
    private ReadOnlySpan<char> _rest;
    private bool _done;

    /// <summary>The segments of <paramref name="key"/>; <paramref name="whole"/> reads it as one segment.</summary>
    public NameSegments(string key, bool whole)
    {
        _rest = key;
        _whole = whole;
        _done = !whole && key.Length == 0;
    }

    /// <summary>The next segment; false when there is none left.</summary>
    public bool TryNext(out ReadOnlySpan<char> segment)
    {
        if (_done)
        {
            segment = default;
            return false;
        }
        var comma = _whole ? -1 : _rest.IndexOf(',');
        if (comma < 0)
        {
            segment = _rest;
            _done = true;
            return true;
        }
        segment = _rest[..comma];
        _rest = _rest[(comma + 1)..];
        return true;
    }
}
