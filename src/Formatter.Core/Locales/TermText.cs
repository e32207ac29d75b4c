namespace Formatter.Core.Locales;

/// <summary>One form of a term in singular and plural (<c>ed.</c> / <c>eds.</c>); both are the same for words without number.</summary>
internal readonly record struct TermText(string Singular, string Plural)
{
    /// <summary>A text that is the same in singular and plural.</summary>
    public static TermText Same(string text) => new(text, text);

    /// <summary>The singular or plural text.</summary>
    public string Get(bool plural) => plural ? Plural : Singular;
}
