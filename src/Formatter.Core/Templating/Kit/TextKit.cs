using Formatter.Core.Text.Casing;
using Formatter.Core.Text.Identifiers;
using Formatter.Core.Text.Language;
using Formatter.Core.Text.Numbers;
using Formatter.Core.Text.Pages;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Text rules for templates: <c>sentence_case</c> and <c>headline_case</c> (applied only to English text, decided
/// per field), <c>pages x 'full'|'chicago'|'minimal'|'minimal-two'|'stored'</c>, <c>is_range x</c> (more than one page or
/// number: a range with any dash, or a list), <c>article_number x</c>, <c>doi x</c>, <c>doi_url x</c>,
/// <c>edition x ['apa'|'chicago'|'gost'|'term']</c>, <c>ordinal n</c>, <c>script x</c>, <c>is_english x</c>, <c>same_name a b</c>
/// (two names of one organisation, as a site that repeats its author), <c>drop_final_period x</c> (a title's stored
/// final period, not an abbreviation's), <c>english_colons x</c> (<c>Title : subtitle</c> → <c>Title: subtitle</c> in
/// English text).
/// </summary>
internal sealed class TextKit(RenderState state)
{
    public string SentenceCase(string? text) =>
        string.IsNullOrEmpty(text) ? "" : state.SentenceCases.Of(text, state.Language).Text;

    public string HeadlineCase(string? text) =>
        string.IsNullOrEmpty(text) ? "" : IsEnglish(text) ? Text.Casing.HeadlineCase.Apply(text) : text;

    public bool IsEnglish(string? text) => LanguageResolver.IsEnglish(state.Language, text);

    public bool SameName(string? name, string? other) => Text.Names.SameName.Of(name, other);

    public string DropFinalPeriod(string? text) => Text.Punctuation.FinalPeriod.Drop(text);

    public string EnglishColons(string? text) =>
        text is null || !text.Contains(" : ", StringComparison.Ordinal) || !LanguageResolver.IsEnglish(state.Language, text)
            ? text ?? ""
            : Text.Punctuation.ColonSpacing.Tighten(text);

    public string Script(string? text) => ScriptDetector.Detect(text).ToString().ToLowerInvariant();

    public string Pages(string? pages, string style = "full") => PageRange.Format(pages, style switch
    {
        "full" => PageRangeStyle.Full,
        "chicago" => PageRangeStyle.Chicago,
        "minimal" => PageRangeStyle.Minimal,
        "minimal-two" => PageRangeStyle.MinimalTwo,
        "stored" => PageRangeStyle.Stored,
        _ => throw new InvalidOperationException($"unknown page style '{style}' (full, chicago, minimal, minimal-two, stored)"),
    });

    public bool ArticleNumber(string? pages) => PageRange.IsArticleNumber(pages);

    public bool IsRange(string? value) => PageRange.IsRange(value);

    public string Doi(string? value) => Text.Identifiers.Doi.Normalize(value) ?? value ?? "";

    public string DoiUrl(string? value) => Text.Identifiers.Doi.ToUrl(value) ?? value ?? "";

    public string Edition(string? edition, string style = "apa") => style == "term" ? EditionFromTerm(edition) : Text.Numbers.Edition.Normalize(edition, style switch
    {
        "apa" => EditionStyle.Apa,
        "chicago" => EditionStyle.Chicago,
        "gost" => EditionStyle.GostRussian,
        _ => throw new InvalidOperationException($"unknown edition style '{style}' (apa, chicago, gost, term)"),
    });

    // `edition x 'term'`: a numbered edition as the record's locale writes it, with the style's own `edition` term if
    // its manifest gives one (`2nd edn` in en-GB); other text as stored.
    private string EditionFromTerm(string? edition) =>
        Text.Numbers.Edition.Number(edition) is { } number
            ? state.Locale.Ordinal(number) + " " + TermKit.Lookup(state, state.Locale, "edition", "short", plural: false)
            : edition ?? "";

    public string Ordinal(int number) => state.Locale.Ordinal(number);

    public bool IsNumeric(string? value) => NumericValue.IsNumeric(value);
}
