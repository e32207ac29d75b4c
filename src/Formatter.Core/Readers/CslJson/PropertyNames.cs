using System.Text.Json;

namespace Formatter.Core.Readers.CslJson;

/// <summary>
/// The property names of one file, each kept once: every record of a large file names the same few variables, and
/// the names become the keys of its fields, so a name is decoded into a stack buffer and looked up before it is allocated.
/// </summary>
internal sealed class PropertyNames
{
    private const int MaxPooledLength = 64;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The name of a property of a parsed document, shared with earlier records of the file.</summary>
    public string Read(JsonProperty property)
    {
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.Length > MaxPooledLength) return property.Name;
        // An escaped name (a backslash in the raw bytes) is unescaped by the document.
        if (raw.IndexOf((byte)'\\') >= 0) return Intern(property.Name);
        Span<char> buffer = stackalloc char[MaxPooledLength];
        return Intern(buffer[..System.Text.Encoding.UTF8.GetChars(raw, buffer)]);
    }

    private string Intern(ReadOnlySpan<char> name)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var known)) return known;
        var created = name.ToString();
        _names[created] = created;
        return created;
    }
}
