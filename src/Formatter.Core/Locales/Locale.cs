namespace Formatter.Core.Locales;

/// <summary>
/// Immutable language data for rendering a bibliography: terms by string key (CSL-like names such as <c>editor</c>,
/// <c>et-al</c>, <c>no-date</c>, <c>page</c>; GOST words under <c>gost-*</c>), month and season names, quote marks and
/// ordinal suffixes. A missing term gives null; lookups never consult another language.
/// </summary>
internal sealed class Locale
{
    private readonly IReadOnlyDictionary<string, LocaleTerm> _terms;
    private readonly MonthNames _months;

    internal Locale(
        string tag, IReadOnlyDictionary<string, LocaleTerm> terms, MonthNames months, QuoteMarks quotes, OrdinalRules ordinals,
        bool punctuationInQuote = true)
    {
        PunctuationInQuote = punctuationInQuote;
        Tag = tag;
        Language = LanguageTag.PrimaryOf(tag);
        _terms = terms;
        _months = months;
        Quotes = quotes;
        Ordinals = ordinals;
    }

    /// <summary>The language tag of the data, e.g. <c>ru</c> or <c>en-GB</c>.</summary>
    public string Tag { get; }

    /// <summary>The primary language subtag in lower case, e.g. <c>ru</c>.</summary>
    public string Language { get; }

    /// <summary>Outer and inner quotation marks.</summary>
    public QuoteMarks Quotes { get; }

    /// <summary>
    /// Whether a comma or period after a closing quotation mark moves inside it (<c>“Title,”</c>, American usage, CSL's
    /// <c>punctuation-in-quote</c>); false keeps it outside (<c>‘Title’,</c>, British usage).
    /// </summary>
    public bool PunctuationInQuote { get; }

    /// <summary>Ordinal suffix rules (<c>1st</c>, <c>2-е</c>, <c>2.</c>).</summary>
    public OrdinalRules Ordinals { get; }

    /// <summary>The term keys this locale defines.</summary>
    public IEnumerable<string> TermKeys => _terms.Keys;

    /// <summary>
    /// A term by key, number and form name (<c>long</c>, <c>short</c>, <c>symbol</c>, <c>verb</c>, <c>verb-short</c>);
    /// null when the key is not defined or the form name is unknown. Missing forms fall back as in <see cref="LocaleTerm"/>.
    /// A space in the key matches a hyphen (<c>no date</c> = <c>no-date</c>).
    /// </summary>
    public string? Term(string key, bool plural = false, string form = "long") =>
        TermForms.Parse(form) is { } parsed ? Term(key, parsed, plural) : null;

    /// <summary>A term by key, form and number; null when the key is not defined.</summary>
    public string? Term(string key, TermForm form, bool plural = false) => Find(key)?.Get(form, plural);

    /// <summary>True when the locale defines <paramref name="key"/>.</summary>
    public bool HasTerm(string key) => Find(key) is not null;

    /// <summary>The full term (all forms), or null.</summary>
    public LocaleTerm? FindTerm(string key) => Find(key);

    /// <summary>The month name (1–12) in the requested form; empty for a month out of range.</summary>
    public string Month(int month, MonthForm form = MonthForm.Long) => _months.Month(month, form);

    /// <summary>The season name (1 spring, 2 summer, 3 autumn, 4 winter); empty when out of range.</summary>
    public string Season(int season) => _months.Season(season);

    /// <summary>The number with this language's ordinal suffix.</summary>
    public string Ordinal(int number) => Ordinals.Format(number);

    /// <summary>A copy where <paramref name="overrides"/> are laid over this locale's terms, form by form (for style overrides).</summary>
    public Locale WithTerms(IEnumerable<KeyValuePair<string, LocaleTerm>> overrides)
    {
        var merged = new Dictionary<string, LocaleTerm>(_terms, StringComparer.Ordinal);
        foreach (var (key, term) in overrides)
            merged[key] = merged.TryGetValue(key, out var existing) ? term.Over(existing) : term;
        return new Locale(Tag, merged, _months, Quotes, Ordinals, PunctuationInQuote);
    }

    /// <summary>A copy with one term laid over the existing one.</summary>
    public Locale WithTerm(string key, LocaleTerm term) => WithTerms([new KeyValuePair<string, LocaleTerm>(key, term)]);

    /// <summary>A copy with other quotation marks.</summary>
    public Locale WithQuotes(QuoteMarks quotes) => new(Tag, _terms, _months, quotes, Ordinals, PunctuationInQuote);

    internal MonthNames MonthNames => _months;

    internal IReadOnlyDictionary<string, LocaleTerm> Terms => _terms;

    private LocaleTerm? Find(string key)
    {
        if (_terms.TryGetValue(key, out var term)) return term;
        return key.Contains(' ') && _terms.TryGetValue(key.Replace(' ', '-'), out term) ? term : null;
    }

    /// <inheritdoc />
    public override string ToString() => "Locale " + Tag;
}
