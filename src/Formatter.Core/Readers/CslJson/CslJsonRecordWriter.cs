using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Formatter.Records;

namespace Formatter.Core.Readers.CslJson;

/// <summary>
/// Writes records as CSL-JSON (indented UTF-8, non-ASCII letters not escaped): the inverse of <see cref="CslJsonReader"/>.
/// Unknown fields and extensions are written back, so a read–write round trip keeps them.
/// </summary>
public sealed class CslJsonRecordWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The records as a CSL-JSON array.</summary>
    public string Write(IEnumerable<Record> records)
    {
        using var stream = new MemoryStream();
        WriteTo(stream, records);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One record as a CSL-JSON object.</summary>
    public string Write(Record record)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) WriteRecord(writer, record);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the records as a CSL-JSON array (UTF-8, no BOM) to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream, IEnumerable<Record> records)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartArray();
        foreach (var record in records) WriteRecord(writer, record);
        writer.WriteEndArray();
    }

    private static void WriteRecord(Utf8JsonWriter writer, Record record)
    {
        writer.WriteStartObject();
        writer.WriteString("id", record.Id);
        writer.WriteString("type", record.Type);
        foreach (var (key, value) in record.Fields.Where(f => f.Key == "title")) writer.WriteString(key, value);
        foreach (var (role, names) in record.Names) WriteNames(writer, role, names);
        foreach (var (key, value) in record.Fields.Where(f => f.Key is not ("title" or "id" or "type"))) writer.WriteString(key, value);
        foreach (var (key, date) in record.Dates) WriteDate(writer, key, date);
        foreach (var (key, raw) in record.Extensions)
        {
            if (key is "id" or "type") continue;
            writer.WritePropertyName(key);
            WriteRaw(writer, raw);
        }
        writer.WriteEndObject();
    }

    private static void WriteRaw(Utf8JsonWriter writer, string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            writer.WriteStringValue(raw);
        }
    }

    private static void WriteNames(Utf8JsonWriter writer, string role, IReadOnlyList<Name> names)
    {
        writer.WriteStartArray(role);
        foreach (var name in names)
        {
            writer.WriteStartObject();
            WriteIfPresent(writer, "family", name.Family);
            WriteIfPresent(writer, "given", name.Given);
            WriteIfPresent(writer, "dropping-particle", name.DroppingParticle);
            WriteIfPresent(writer, "non-dropping-particle", name.NonDroppingParticle);
            WriteIfPresent(writer, "suffix", name.Suffix);
            if (name.CommaSuffix) writer.WriteBoolean("comma-suffix", true);
            WriteIfPresent(writer, "literal", name.Literal);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter writer, string key, DateValue date)
    {
        writer.WriteStartObject(key);
        if (date.Start is { } start)
        {
            writer.WriteStartArray("date-parts");
            WritePart(writer, start);
            if (date.End is { } end) WritePart(writer, end);
            writer.WriteEndArray();
        }
        if (date.Season is { } season) writer.WriteNumber("season", season);
        if (date.Circa) writer.WriteBoolean("circa", true);
        WriteIfPresent(writer, "literal", date.Literal);
        writer.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter writer, DatePart part)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(part.Year);
        if (part.Month is { } month)
        {
            writer.WriteNumberValue(month);
            if (part.Day is { } day) writer.WriteNumberValue(day);
        }
        writer.WriteEndArray();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null) writer.WriteString(key, value);
    }
}
