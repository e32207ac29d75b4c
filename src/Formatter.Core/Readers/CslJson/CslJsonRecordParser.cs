using System.Text.Json;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.CslJson;

/// <summary>Turns the properties of one CSL-JSON object into a <see cref="Record"/>; unknown values are kept.</summary>
internal static class CslJsonRecordParser
{
    /// <summary>The record, or null when it has no usable <c>type</c> (an error is reported).</summary>
    public static Record? Parse(IReadOnlyList<CslJsonProperty> properties, int line, string generatedId, CslJsonContext context)
    {
        string? id = null, type = null;
        var fields = new Dictionary<string, string>(properties.Count, StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<Name>>(StringComparer.Ordinal);
        var dates = new Dictionary<string, DateValue>(StringComparer.Ordinal);
        var extensions = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var property in properties)
        {
            if (!seen.Add(property.Name))
            {
                context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, "duplicate property; the first value is kept");
                continue;
            }
            switch (property.Name)
            {
                case "id":
                    id = ReadId(property, context);
                    break;
                case "type":
                    type = ReadType(property, context);
                    break;
                default:
                    ReadVariable(property, fields, names, dates, extensions, context);
                    break;
            }
        }

        if (type is null)
        {
            if (!seen.Contains("type")) context.Report(DiagnosticSeverity.Error, line, "type", "record has no 'type'; skipped");
            return null;
        }
        if (id is null)
        {
            context.Report(DiagnosticSeverity.Warning, line, "id", $"record has no 'id'; using '{generatedId}'");
            id = generatedId;
        }
        // Empty maps are left to the record's shared empty defaults and small ones kept compact: a large list holds
        // many records.
        var record = new Record { Id = id, Type = type, Fields = CompactMap<string>.From(fields) };
        if (names.Count > 0) record = record with { Names = CompactMap<IReadOnlyList<Name>>.From(names) };
        if (dates.Count > 0) record = record with { Dates = CompactMap<DateValue>.From(dates) };
        if (extensions.Count > 0) record = record with { Extensions = CompactMap<string>.From(extensions) };
        return record;
    }

    private static string? ReadId(CslJsonProperty property, CslJsonContext context)
    {
        var value = property.Value;
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0) return value.GetString()!.Trim();
        if (value.ValueKind == JsonValueKind.Number) return value.GetRawText();
        context.Report(DiagnosticSeverity.Warning, property.Line, "id", $"'id' must be a non-empty string or a number, not {CslJsonNameParser.Describe(value)}");
        return null;
    }

    private static string? ReadType(CslJsonProperty property, CslJsonContext context)
    {
        var value = property.Value;
        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim().Length == 0)
        {
            context.Report(DiagnosticSeverity.Error, property.Line, "type", $"'type' must be a non-empty string, not {CslJsonNameParser.Describe(value)}; record skipped");
            return null;
        }
        var type = value.GetString()!.Trim();
        if (!CslVariables.ItemTypes.Contains(type))
            context.Report(DiagnosticSeverity.Warning, property.Line, "type", $"'{type}' is not a CSL item type");
        return type;
    }

    private static void ReadVariable(
        CslJsonProperty property,
        Dictionary<string, string> fields,
        Dictionary<string, IReadOnlyList<Name>> names,
        Dictionary<string, DateValue> dates,
        Dictionary<string, string> extensions,
        CslJsonContext context)
    {
        var value = property.Value;
        if (value.ValueKind == JsonValueKind.Null)
        {
            context.Report(DiagnosticSeverity.Info, property.Line, property.Name, "null value ignored");
            return;
        }
        if (CslVariables.NameVariables.Contains(property.Name))
        {
            if (CslJsonNameParser.Parse(property, context) is { } list) names[property.Name] = list;
            else extensions[property.Name] = value.GetRawText();
            return;
        }
        if (CslVariables.DateVariables.Contains(property.Name))
        {
            if (CslJsonDateParser.Parse(property, context) is { } date) dates[property.Name] = date;
            else extensions[property.Name] = value.GetRawText();
            return;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                fields[property.Name] = value.GetString()!;
                break;
            case JsonValueKind.Number:
                fields[property.Name] = value.GetRawText();
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                fields[property.Name] = value.ValueKind == JsonValueKind.True ? "true" : "false";
                break;
            default:
                if (CslJsonStandardFields.Scalars.Contains(property.Name))
                    context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"must be a string or number, not {CslJsonNameParser.Describe(value)}; kept as raw JSON");
                extensions[property.Name] = value.GetRawText();
                break;
        }
    }
}
