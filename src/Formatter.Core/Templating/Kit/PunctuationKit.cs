using Formatter.Core.Text.Punctuation;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Joins that drop empty parts with their punctuation and never double a period:
/// <c>join '. ' [a, b, c]</c>, <c>wrap '(' x ')'</c> (empty when x is), <c>period x</c> (ends with one period).
/// </summary>
internal sealed class PunctuationKit
{
    public string Join(string separator, System.Collections.IEnumerable? parts) =>
        parts switch
        {
            null or string => "",
            System.Collections.Generic.IList<object?> list => Punctuation.Join(separator, list),
            _ => Punctuation.Join(separator, parts.Cast<object?>().Select(p => p?.ToString())),
        };

    public string Wrap(string? prefix, string? value, string? suffix) => Punctuation.Wrap(prefix, value, suffix);

    public string Period(string? value) => Punctuation.EnsureEndsWith(value, ".");
}
