namespace Formatter.Core.Readers;

/// <summary>Maps offsets in a text (chars) or its UTF-8 bytes to 1-based lines, counting LF-separated lines.</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;

    private LineMap(int[] lineStarts) => _lineStarts = lineStarts;

    /// <summary>A map over the chars of a string.</summary>
    public static LineMap ForText(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return new LineMap([.. starts]);
    }

    /// <summary>A map over bytes (UTF-8 or any ASCII-compatible encoding).</summary>
    public static LineMap ForBytes(ReadOnlySpan<byte> bytes)
    {
        var starts = new int[bytes.Count((byte)'\n') + 1];
        var offset = 0;
        for (var line = 1; line < starts.Length; line++)
        {
            offset += bytes[offset..].IndexOf((byte)'\n') + 1;
            starts[line] = offset;
        }
        return new LineMap(starts);
    }

    /// <summary>The 1-based line holding the offset.</summary>
    public int LineOf(long offset)
    {
        var index = Array.BinarySearch(_lineStarts, (int)Math.Min(offset, int.MaxValue));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>The offset where a 1-based line starts.</summary>
    public int StartOf(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];
}
