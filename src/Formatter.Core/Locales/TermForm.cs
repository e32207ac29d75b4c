namespace Formatter.Core.Locales;

/// <summary>The forms a locale term can take (the names follow CSL: <c>long</c>, <c>short</c>, <c>symbol</c>, <c>verb</c>, <c>verb-short</c>).</summary>
internal enum TermForm
{
    /// <summary>The full word: <c>editor</c>, <c>page</c>.</summary>
    Long,

    /// <summary>The abbreviation: <c>ed.</c>, <c>p.</c>.</summary>
    Short,

    /// <summary>A symbol: <c>&amp;</c>, <c>§</c>.</summary>
    Symbol,

    /// <summary>The role as a verb phrase: <c>edited by</c>.</summary>
    Verb,

    /// <summary>The short verb phrase: <c>ed. by</c>.</summary>
    VerbShort,
}
