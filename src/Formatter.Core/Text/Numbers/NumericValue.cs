namespace Formatter.Core.Text.Numbers;

/// <summary>The CSL <c>is-numeric</c> test, used to choose between <c>Vol. 2</c> and a stored label.</summary>
internal static class NumericValue
{
    /// <summary>
    /// True when the value consists of numbers only, each with an optional letter prefix or suffix (<c>12</c>,
    /// <c>12a</c>, <c>D2</c>, <c>2nd</c>), optionally joined by <c>-</c>, <c>–</c>, <c>,</c> or <c>&amp;</c> with or
    /// without spaces (<c>2-4</c>, <c>2, 3</c>, <c>2 &amp; 4</c>). <c>second</c>, <c>2nd edition</c>, <c>Suppl. 2</c> are not.
    /// </summary>
    public static bool IsNumeric(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var span = value.AsSpan().Trim();
        var expectNumber = true;
        var i = 0;
        while (i < span.Length)
        {
            if (expectNumber)
            {
                while (i < span.Length && char.IsLetter(span[i])) i++;
                var digitsStart = i;
                while (i < span.Length && char.IsAsciiDigit(span[i])) i++;
                if (i == digitsStart) return false;
                while (i < span.Length && char.IsLetter(span[i])) i++;
                expectNumber = false;
                continue;
            }
            while (i < span.Length && span[i] == ' ') i++;
            if (i >= span.Length || span[i] is not ('-' or '\u2013' or ',' or '&')) return false;
            i++;
            while (i < span.Length && span[i] == ' ') i++;
            expectNumber = true;
        }
        return !expectNumber;
    }
}
