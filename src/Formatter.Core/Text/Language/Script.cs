namespace Formatter.Core.Text.Language;

/// <summary>The writing system of a string, as judged by <see cref="ScriptDetector"/>.</summary>
internal enum Script
{
    /// <summary>Latin letters (with diacritics).</summary>
    Latin,

    /// <summary>Cyrillic letters.</summary>
    Cyrillic,

    /// <summary>Chinese characters, Japanese kana or Korean hangul.</summary>
    Cjk,

    /// <summary>Greek letters.</summary>
    Greek,

    /// <summary>Arabic letters.</summary>
    Arabic,

    /// <summary>Hebrew letters.</summary>
    Hebrew,

    /// <summary>Letters of any other script, or no letters at all.</summary>
    Other,
}
