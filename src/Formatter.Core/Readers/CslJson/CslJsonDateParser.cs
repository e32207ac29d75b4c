using System.Globalization;
using System.Text.Json;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.CslJson;

/// <summary>Reads a CSL-JSON date variable: <c>date-parts</c>, <c>season</c>, <c>circa</c>, <c>literal</c> and <c>raw</c>.</summary>
internal static class CslJsonDateParser
{
    private static readonly string[] SeasonNames = ["spring", "summer", "autumn", "winter"];

    public static DateValue? Parse(CslJsonProperty property, CslJsonContext context)
    {
        var value = property.Value;
        if (value.ValueKind == JsonValueKind.String)
        {
            context.Report(DiagnosticSeverity.Info, property.Line, property.Name, "date given as a string; read as a raw date");
            return FromRaw(value.GetString()!, property, context);
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"a date must be an object, not {CslJsonNameParser.Describe(value)}; kept as raw JSON");
            return null;
        }
        DateValue date = new();
        string? raw = null;
        var hasParts = false;
        foreach (var part in value.EnumerateObject())
        {
            switch (part.Name)
            {
                case "date-parts":
                    if (ReadParts(part.Value, property, context) is { } parts) { date = parts; hasParts = true; }
                    break;
                case "season": date = date with { Season = ReadSeason(part.Value, property, context) }; break;
                case "circa": date = date with { Circa = CslJsonNameParser.IsTrue(part.Value) }; break;
                case "literal": date = date with { Literal = part.Value.ValueKind == JsonValueKind.String ? part.Value.GetString() : part.Value.GetRawText() }; break;
                case "raw": raw = part.Value.ValueKind == JsonValueKind.String ? part.Value.GetString() : part.Value.GetRawText(); break;
                default:
                    context.Report(DiagnosticSeverity.Info, property.Line, property.Name, $"date property '{part.Name}' is not kept");
                    break;
            }
        }
        if (!hasParts && raw is not null && FromRaw(raw, property, context) is { } fromRaw)
        {
            date = date with { Start = fromRaw.Start, End = fromRaw.End, Literal = date.Literal ?? fromRaw.Literal };
        }
        return date;
    }

    private static DateValue FromRaw(string raw, CslJsonProperty property, CslJsonContext context)
    {
        if (IsoDateText.Parse(raw) is { } parsed) return parsed;
        context.Report(DiagnosticSeverity.Info, property.Line, property.Name, $"raw date '{raw}' could not be parsed; kept as a literal");
        return new DateValue { Literal = raw };
    }

    private static DateValue? ReadParts(JsonElement value, CslJsonProperty property, CslJsonContext context)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, "date-parts must be an array of arrays; ignored");
            return null;
        }
        var points = new List<DatePart>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Array)
            {
                context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, "each date-parts entry must be an array; ignored");
                continue;
            }
            if (ReadPoint(item, property, context) is { } point) points.Add(point);
        }
        if (points.Count > 2) context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, "date-parts has more than two dates; only the first two are kept");
        return points.Count == 0 ? new DateValue() : new DateValue { Start = points[0], End = points.Count > 1 ? points[1] : null };
    }

    private static DatePart? ReadPoint(JsonElement item, CslJsonProperty property, CslJsonContext context)
    {
        var numbers = new List<int>();
        foreach (var element in item.EnumerateArray())
        {
            if (ReadInt(element) is not { } number)
            {
                context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"date part {element.GetRawText()} is not a number; the rest of this date is ignored");
                break;
            }
            numbers.Add(number);
            if (numbers.Count == 3) break;
        }
        if (numbers.Count == 0) return null;
        int? month = numbers.Count > 1 ? numbers[1] : null;
        int? day = numbers.Count > 2 ? numbers[2] : null;
        if (month is < 1 or > 12)
        {
            context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"month {month} is out of range; month and day dropped");
            return new DatePart(numbers[0]);
        }
        if (day is < 1 or > 31)
        {
            context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"day {day} is out of range; day dropped");
            day = null;
        }
        return new DatePart(numbers[0], month, day);
    }

    private static int? ReadInt(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt32(out var number) => number,
        JsonValueKind.String when int.TryParse(element.GetString()!.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static int? ReadSeason(JsonElement value, CslJsonProperty property, CslJsonContext context)
    {
        var season = ReadInt(value);
        if (season is null && value.ValueKind == JsonValueKind.String)
        {
            var index = Array.IndexOf(SeasonNames, value.GetString()!.Trim().ToLowerInvariant());
            if (index >= 0) season = index + 1;
        }
        if (season is >= 1 and <= 4) return season;
        context.Report(DiagnosticSeverity.Warning, property.Line, property.Name, $"season {value.GetRawText()} is not 1-4; ignored");
        return null;
    }
}
