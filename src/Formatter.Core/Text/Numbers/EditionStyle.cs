namespace Formatter.Core.Text.Numbers;

/// <summary>Which edition rules <see cref="Edition.Normalize"/> applies.</summary>
internal enum EditionStyle
{
    /// <summary>APA §12: ordinal editions → <c>5th ed.</c>, revised → <c>Rev. ed.</c> (<c>2nd rev. ed.</c>); other text as stored.</summary>
    Apa,

    /// <summary>Chicago §11: ordinal editions → <c>5th ed.</c>; other text as stored. Also for Latin-script GOST items.</summary>
    Chicago,

    /// <summary>GOST, Cyrillic-script items: a bare number → <c>2-е изд.</c>, <c>2-е</c> → <c>2-е изд.</c>; other text as stored.</summary>
    GostRussian,
}
