using System.Text;
using System.Text.Json;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.CslJson;

/// <summary>
/// Reads CSL-JSON (an array of records or a single record). Every CSL variable is understood; unknown scalars go
/// to <see cref="Record.Fields"/>, unknown objects and arrays to <see cref="Record.Extensions"/> as raw JSON.
/// A bad record is reported with file, line, id and field and skipped; the other records are still read.
/// </summary>
public sealed class CslJsonReader : IUtf8StreamRecordReader
{
    /// <summary>The JSON reader options of CSL-JSON files: comments skipped, trailing commas allowed.</summary>
    internal static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <inheritdoc />
    public string Format => "csl-json";

    /// <inheritdoc />
    public int Sniff(string fileName, string content)
    {
        var start = content.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.IsEmpty || (start[0] != '[' && start[0] != '{')) return 0;
        var head = start[..Math.Min(start.Length, 4096)];
        var score = 40;
        if (head.Contains("\"type\"", StringComparison.Ordinal)) score += 30;
        if (head.Contains("\"id\"", StringComparison.Ordinal)) score += 20;
        return score;
    }

    /// <inheritdoc />
    public ReadResult Read(string fileName, string content) =>
        ReadUtf8(fileName, Encoding.UTF8.GetBytes(content.StartsWith('\uFEFF') ? content[1..] : content));

    /// <inheritdoc />
    public ReadResult ReadUtf8(string fileName, ReadOnlySpan<byte> bytes)
    {
        var map = LineMap.ForBytes(bytes);
        var names = new PropertyNames();
        var records = new List<Record>();
        var diagnostics = new List<Diagnostic>();
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(Error(fileName, 1, 0, "empty document: no JSON value"));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    ReadRecord(ref reader, index++, fileName, stem, map, names, records.Add, diagnostics);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadRecord(ref reader, 0, fileName, stem, map, names, records.Add, diagnostics);
            }
            else
            {
                diagnostics.Add(Error(fileName, map.LineOf(reader.TokenStartIndex), 0, "CSL-JSON must be an array of records or one record object"));
            }
            reader.Read();
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = CharColumn(bytes, map, line, (int)(ex.BytePositionInLine ?? 0));
            diagnostics.Add(Error(fileName, line, column, "JSON syntax error: " + Describe(ex)));
        }
        return new ReadResult(records, diagnostics);
    }

    /// <inheritdoc />
    public ReadResult? TryReadStream(string fileName, Stream utf8, bool keepCompact = false) => CslJsonStreamReader.Read(fileName, utf8, keepCompact);

    /// <summary>
    /// Reads the record (array element <paramref name="index"/>) that <paramref name="reader"/> stands on; its offsets
    /// map to lines with <paramref name="map"/>, after <paramref name="linesBefore"/> lines of the file not in the map.
    /// </summary>
    internal static void ReadRecord(ref Utf8JsonReader reader, int index, string fileName, string stem, LineMap map, PropertyNames names, Action<Record> keep, List<Diagnostic> diagnostics, int linesBefore = 0)
    {
        var line = linesBefore + map.LineOf(reader.TokenStartIndex);
        var context = new CslJsonContext(fileName);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = reader.TokenType;
            reader.Skip();
            diagnostics.Add(Error(fileName, line, 0, $"record {index + 1} is not an object ({kind}); skipped"));
            return;
        }
        // The values come from one document for the whole record (a document per value made reading allocate half as
        // much again). Each property's line is needed only for a diagnostic about it, and most records have none: the
        // record is parsed with its own line on every property first, and only when that reports something are the
        // lines found (a second cursor over the same bytes) and the record parsed again.
        var scan = reader;
        using var document = JsonDocument.ParseValue(ref reader);
        var properties = new List<CslJsonProperty>();
        foreach (var property in document.RootElement.EnumerateObject())
            properties.Add(new CslJsonProperty(names.Read(property), property.Value, line));
        var record = CslJsonRecordParser.Parse(properties, line, $"{stem}-{index + 1}", context);
        if (context.Diagnostics.Count > 0)
        {
            var located = new List<int>(properties.Count);
            while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName)
            {
                located.Add(linesBefore + map.LineOf(scan.TokenStartIndex));
                scan.Read();
                scan.Skip();
            }
            for (var i = 0; i < properties.Count; i++) properties[i] = properties[i] with { Line = located[i] };
            context = new CslJsonContext(fileName);
            record = CslJsonRecordParser.Parse(properties, line, $"{stem}-{index + 1}", context);
        }
        var id = record?.Id ?? IdOf(properties);
        diagnostics.AddRange(context.WithRecordId(id));
        if (record is not null) keep(record with { Source = new SourceLocation(fileName, line) });
    }

    private static string? IdOf(List<CslJsonProperty> properties) =>
        properties.FirstOrDefault(p => p.Name == "id").Value is { ValueKind: JsonValueKind.String or JsonValueKind.Number } id
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
            : null;

    private static int CharColumn(ReadOnlySpan<byte> bytes, LineMap map, int line, int bytePosition)
    {
        var start = map.StartOf(line);
        var length = Math.Clamp(bytePosition, 0, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes.Slice(start, length)) + 1;
    }

    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd(' ', '.') : message;
    }

    private static Diagnostic Error(string fileName, int line, int column, string message) =>
        new(DiagnosticSeverity.Error, message) { Location = new SourceLocation(fileName, line, column) };
}
