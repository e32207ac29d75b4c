namespace Formatter.Core.Text;

/// <summary>The quotation marks of a language: outer and inner pairs, each written as open + tab + close.</summary>
public sealed record QuoteMarks(string Outer, string Inner)
{
    /// <summary>English marks: “ ” outside, ‘ ’ inside.</summary>
    public static readonly QuoteMarks English = new("“\t”", "‘\t’");

    /// <summary>Creates marks from the four characters or strings.</summary>
    public static QuoteMarks Of(string open, string close, string innerOpen, string innerClose) =>
        new(open + "\t" + close, innerOpen + "\t" + innerClose);
}
