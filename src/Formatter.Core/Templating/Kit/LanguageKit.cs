namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Terms in a language other than the record's own, for entries whose parts follow different languages (GOST: the
/// numbering of a Russian journal hosting an English article). <c>term_language</c> is the language of the record's
/// term set (under the option <c>terms-by</c>); <c>term_in 'ru' 'gost-page'</c> takes a term from the set that a
/// record in that language would get, manifest overrides included.
/// </summary>
internal sealed class LanguageKit(RenderState state)
{
    public string TermLanguage() => state.Locale.Language;

    public string TermIn(string language, string key, string form = "long", bool plural = false) =>
        TermKit.Lookup(state, state.TermLocaleFor(string.IsNullOrWhiteSpace(language) ? state.Language : language), key, form, plural);
}
