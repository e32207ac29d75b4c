using Formatter.Core.Locales;
using Formatter.Core.Styles;
using Formatter.Diagnostics;
using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Core.Templating;

/// <summary>What the kit functions of one render session know about the record being rendered.</summary>
internal sealed class RenderState
{
    private static readonly Record NoRecord = new() { Id = "", Type = "" };
    private readonly TermLanguage _termLanguage;

    public RenderState(StyleDefinition style, IReadOnlyDictionary<string, string> options)
    {
        Style = style;
        Options = options;
        StyleLocale = LocaleStore.Default.Get(style.Locale);
        Locale = StyleLocale;
        _termLanguage = TermLanguage.Parse(options.GetValueOrDefault("terms-by"));
        SmartQuotes = options.GetValueOrDefault("smart-quotes") == "true";
        PunctuationInQuote = options.TryGetValue("punctuation-in-quote", out var inQuote) ? inQuote == "true" : StyleLocale.PunctuationInQuote;
    }

    /// <summary>
    /// Whether commas and periods move inside closing quotation marks: the option <c>punctuation-in-quote</c>, else the
    /// style locale's usage (American inside, British outside).
    /// </summary>
    public bool PunctuationInQuote { get; }

    /// <summary>Option <c>smart-quotes</c>: typographic quotation marks and apostrophes in data (see <see cref="Text.SmartQuotes"/>).</summary>
    public bool SmartQuotes { get; }

    /// <summary>The style being rendered.</summary>
    public StyleDefinition Style { get; }

    /// <summary>The options in force (manifest defaults with user overrides).</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>The locale of the style (quotation marks, the list's own words).</summary>
    public Locale StyleLocale { get; }

    /// <summary>The locale whose terms and month names the current record takes (see the option <c>terms-by</c>).</summary>
    public Locale Locale { get; private set; }

    /// <summary>The quotation marks of the list.</summary>
    public QuoteMarks Quotes => StyleLocale.Quotes;

    /// <summary>The record being rendered.</summary>
    public Record Record { get; private set; } = NoRecord;

    /// <summary>The list entry of the record (pass values such as the year suffix).</summary>
    public ListEntry? Entry { get; private set; }

    /// <summary>The record's language tag, given or inferred.</summary>
    public string Language { get; private set; } = "en";

    /// <summary>The last title put in sentence case (<c>headline_cased</c> and <c>sentence_case</c> of one title read it once).</summary>
    public Kit.SentenceCaseMemo SentenceCases { get; } = new();

    /// <summary>Diagnostics raised while rendering the current record.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Points the state at the next record.</summary>
    public void Reset(Record record, ListEntry? entry, string language)
    {
        Record = record;
        Entry = entry;
        Language = language;
        Locale = _termLanguage.LocaleFor(language, StyleLocale);
        Diagnostics.Clear();
    }

    /// <summary>The term locale for a record in <paramref name="language"/> under the option <c>terms-by</c>.</summary>
    public Locale TermLocaleFor(string language) => _termLanguage.LocaleFor(language, StyleLocale);

    /// <summary>Reports a warning about the current record.</summary>
    public void Warn(string message, string? field = null) =>
        Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, message) { RecordId = Record.Id, Field = field, Location = Record.Source });
}
