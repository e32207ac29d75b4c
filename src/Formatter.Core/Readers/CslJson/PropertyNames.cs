using System.Text.Json;

namespace Formatter.Core.Readers.CslJson;

/// <summary>
/// The property names of one file, each kept once: every record of a large file names the same few variables, and
/// the names become the keys of its fields, so a name is read into a stack buffer and looked up before it is allocated.
/// </summary>
internal sealed class PropertyNames
{
    private const int MaxPooledLength = 64;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The current property name of <paramref name="reader"/>, shared with earlier records of the file.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxPooledLength) return reader.GetString()!;
        Span<char> buffer = stackalloc char[MaxPooledLength];
        var name = buffer[..reader.CopyString(buffer)];
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var known)) return known;
        var created = name.ToString();
        _names[created] = created;
        return created;
    }
}
