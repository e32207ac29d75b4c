namespace Formatter.Core.Locales;

/// <summary>The quotation marks of a language: outer pair and inner (nested) pair.</summary>
internal sealed record QuoteMarks(string OuterOpen, string OuterClose, string InnerOpen, string InnerClose)
{
    /// <summary>English curly quotes “ ” and ‘ ’.</summary>
    public static QuoteMarks English { get; } = new("\u201C", "\u201D", "\u2018", "\u2019");

    /// <summary>Wraps text in the outer pair.</summary>
    public string Outer(string text) => string.Concat(OuterOpen, text, OuterClose);

    /// <summary>Wraps text in the inner pair.</summary>
    public string Inner(string text) => string.Concat(InnerOpen, text, InnerClose);
}
