namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Locale terms for templates: <c>term 'no-date' 'short'</c>, <c>term 'editor' 'short' true</c> (plural).
/// The style's manifest may override a term per language (<c>"terms": {"ru": {"key": "singular|plural"}}</c>);
/// otherwise the record's term locale answers, then English. An unknown term is an error, not a silent blank.
/// </summary>
internal sealed class TermKit(RenderState state)
{
    public string Term(string key, string form = "long", bool plural = false) => Lookup(state, state.Locale, key, form, plural);

    /// <summary>A term from <paramref name="locale"/>: the manifest's override for its language, the locale, then English.</summary>
    internal static string Lookup(RenderState state, Locales.Locale locale, string key, string form, bool plural)
    {
        var language = locale.Language;
        if (state.Style.Terms.TryGetValue(language, out var overrides) && overrides.TryGetValue(key, out var value))
        {
            var bar = value.IndexOf('|');
            return bar < 0 ? value : plural ? value[(bar + 1)..] : value[..bar];
        }
        return locale.Term(key, plural, form)
            ?? Locales.LocaleStore.Default.Get("en").Term(key, plural, form)
            ?? throw new InvalidOperationException($"unknown term '{key}' (form {form}) for language '{language}'");
    }

    public string Warn(string message, string? field = null)
    {
        state.Warn(message, field);
        return "";
    }
}
