using System.Text.Json;

namespace Formatter.Core.Locales;

/// <summary>
/// Reads the project's locale JSON (see <c>Data/en.json</c>): <c>tag</c>, <c>quotes</c> {outer, inner: [open, close]},
/// <c>punctuation-in-quote</c> (true unless the file or its parent says false),
/// <c>ordinals</c> {default, lastDigit, teensUseDefault, exact}, <c>months</c> {long, genitive, short}, <c>seasons</c>, and
/// <c>terms</c> where each form is a string (same in both numbers) or [singular, plural]. A region file is laid over its
/// parent locale: whatever it omits is inherited.
/// </summary>
internal static class LocaleReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Parses locale JSON; <paramref name="parent"/> supplies everything the file leaves out.</summary>
    /// <exception cref="InvalidDataException">The JSON does not have the expected shape.</exception>
    public static Locale Read(string json, string fallbackTag, Locale? parent = null)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            return Read(document.RootElement, fallbackTag, parent);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or InvalidDataException)
        {
            throw new InvalidDataException($"Locale data '{fallbackTag}' is malformed: {e.Message}", e);
        }
    }

    private static Locale Read(JsonElement root, string fallbackTag, Locale? parent)
    {
        var tag = root.TryGetProperty("tag", out var tagElement) ? LanguageTag.Normalize(tagElement.GetString()) : fallbackTag;
        var terms = parent is null
            ? new Dictionary<string, LocaleTerm>(StringComparer.Ordinal)
            : new Dictionary<string, LocaleTerm>(parent.Terms, StringComparer.Ordinal);
        if (root.TryGetProperty("terms", out var termsElement))
        {
            foreach (var property in termsElement.EnumerateObject())
            {
                var term = ReadTerm(property.Value);
                terms[property.Name] = terms.TryGetValue(property.Name, out var inherited) ? term.Over(inherited) : term;
            }
        }

        var months = ReadMonths(root, parent?.MonthNames)
            ?? throw new InvalidDataException($"Locale '{tag}' has no month names and no parent.");
        var quotes = root.TryGetProperty("quotes", out var quotesElement) ? ReadQuotes(quotesElement) : parent?.Quotes ?? QuoteMarks.English;
        var ordinals = root.TryGetProperty("ordinals", out var ordinalsElement) ? ReadOrdinals(ordinalsElement) : parent?.Ordinals ?? OrdinalRules.None;
        var punctuationInQuote = root.TryGetProperty("punctuation-in-quote", out var punctuationElement)
            ? punctuationElement.GetBoolean()
            : parent?.PunctuationInQuote ?? true;
        return new Locale(tag, terms, months, quotes, ordinals, punctuationInQuote);
    }

    private static LocaleTerm ReadTerm(JsonElement element)
    {
        if (element.ValueKind is JsonValueKind.String or JsonValueKind.Array) return LocaleTerm.Create(ReadText(element));
        return LocaleTerm.Create(
            Optional(element, "long"), Optional(element, "short"), Optional(element, "symbol"),
            Optional(element, "verb"), Optional(element, "verb-short"));
    }

    private static TermText? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? ReadText(value) : null;

    private static TermText ReadText(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String) return TermText.Same(element.GetString()!);
        if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 2)
            return new TermText(element[0].GetString()!, element[1].GetString()!);
        throw new InvalidDataException($"A term form must be a string or [singular, plural], not {element}.");
    }

    private static MonthNames? ReadMonths(JsonElement root, MonthNames? parent)
    {
        string[]? @long = parent?.Long, genitive = parent?.Genitive, @short = parent?.Short, seasons = parent?.Seasons;
        if (root.TryGetProperty("months", out var months))
        {
            if (months.TryGetProperty("long", out var value)) @long = Strings(value);
            if (months.TryGetProperty("genitive", out value)) genitive = Strings(value);
            else if (parent is null) genitive = null;
            if (months.TryGetProperty("short", out value)) @short = Strings(value);
        }
        if (root.TryGetProperty("seasons", out var seasonElement)) seasons = Strings(seasonElement);
        if (@long is null || seasons is null) return null;
        return new MonthNames(@long, genitive, @short, seasons);
    }

    private static QuoteMarks ReadQuotes(JsonElement element)
    {
        var outer = Strings(element.GetProperty("outer"));
        var inner = Strings(element.GetProperty("inner"));
        if (outer.Length != 2 || inner.Length != 2) throw new InvalidDataException("Quotes need [open, close] pairs.");
        return new QuoteMarks(outer[0], outer[1], inner[0], inner[1]);
    }

    private static OrdinalRules ReadOrdinals(JsonElement element)
    {
        var defaultSuffix = element.TryGetProperty("default", out var value) ? value.GetString() ?? "" : "";
        var teens = element.TryGetProperty("teensUseDefault", out var teensElement) && teensElement.GetBoolean();
        return new OrdinalRules(defaultSuffix, NumberMap(element, "lastDigit"), teens, NumberMap(element, "exact"));
    }

    private static Dictionary<int, string> NumberMap(JsonElement element, string name)
    {
        var map = new Dictionary<int, string>();
        if (element.TryGetProperty(name, out var numbers))
            foreach (var property in numbers.EnumerateObject())
                map[int.Parse(property.Name, System.Globalization.CultureInfo.InvariantCulture)] = property.Value.GetString() ?? "";
        return map;
    }

    private static string[] Strings(JsonElement array)
    {
        var result = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray()) result[i++] = item.GetString() ?? "";
        return result;
    }
}
