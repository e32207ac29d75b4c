using System.Text.RegularExpressions;

namespace Formatter.Core.Readers.Seed;

/// <summary>Parses the TueFind/IxTheo row <c>Year: 2021, Volume: 40, Issue: 4, Pages: 329-343</c> into its parts.</summary>
internal static partial class SeedIxTheoDetails
{
    /// <summary>The parts by lowercase key (<c>year</c>, <c>volume</c>, <c>issue</c>, <c>pages</c>), from the value after <c>Year:</c>.</summary>
    public static Dictionary<string, string> Parse(string valueAfterYear)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Part().Matches("Year: " + valueAfterYear))
        {
            var key = match.Groups["key"].Value.ToLowerInvariant();
            var value = match.Groups["value"].Value.Trim().TrimEnd(',').Trim();
            if (value.Length > 0) parts.TryAdd(key, value);
        }
        return parts;
    }

    [GeneratedRegex(@"(?<key>Year|Volume|Issue|Pages|Number)\s*:\s*(?<value>.*?)(?=,\s*(?:Year|Volume|Issue|Pages|Number)\s*:|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Part();
}
