namespace Formatter.Core.Locales;

/// <summary>
/// Ordinal suffixes of a language: a default suffix, overrides by last digit (English <c>1st</c>, <c>2nd</c>, <c>3rd</c>),
/// whether numbers ending in 10–19 always take the default (<c>11th</c>, <c>12th</c>, <c>13th</c>), and suffixes for exact
/// numbers, which win over everything (French <c>1re</c> but <c>21e</c>).
/// </summary>
internal sealed class OrdinalRules
{
    private readonly string?[] _byLastDigit;
    private readonly IReadOnlyDictionary<int, string> _exact;

    /// <summary>Creates rules; <paramref name="byLastDigit"/> maps a last digit 0–9 to its suffix.</summary>
    public OrdinalRules(
        string defaultSuffix, IReadOnlyDictionary<int, string>? byLastDigit = null, bool teensUseDefault = false,
        IReadOnlyDictionary<int, string>? exact = null)
    {
        _exact = exact ?? new Dictionary<int, string>();
        DefaultSuffix = defaultSuffix;
        TeensUseDefault = teensUseDefault;
        _byLastDigit = new string?[10];
        if (byLastDigit is null) return;
        foreach (var (digit, suffix) in byLastDigit)
            if (digit is >= 0 and <= 9) _byLastDigit[digit] = suffix;
    }

    /// <summary>Rules that add nothing (<c>5</c> stays <c>5</c>).</summary>
    public static OrdinalRules None { get; } = new("");

    /// <summary>The suffix used when no digit rule applies.</summary>
    public string DefaultSuffix { get; }

    /// <summary>True when numbers whose last two digits are 10–19 take the default suffix.</summary>
    public bool TeensUseDefault { get; }

    /// <summary>The suffix for a number.</summary>
    public string SuffixFor(int number)
    {
        var n = Math.Abs(number);
        if (_exact.Count > 0 && _exact.TryGetValue(n, out var exactSuffix)) return exactSuffix;
        if (TeensUseDefault && n % 100 is >= 10 and <= 19) return DefaultSuffix;
        return _byLastDigit[n % 10] ?? DefaultSuffix;
    }

    /// <summary>The number with its suffix: <c>2nd</c>, <c>2-е</c>, <c>2.</c>.</summary>
    public string Format(int number) => string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture), SuffixFor(number));
}
