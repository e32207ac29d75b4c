using System.Text.RegularExpressions;

namespace Formatter.Core.Readers.Seed;

/// <summary>
/// Parses <c>Published</c>: <c>[Place : ]Publisher[,] Date</c>, every part optional — <c>Moscow University Press
/// 2020-11-01</c>, <c>Jena : G. Fischer, 1901</c>, <c>c2005</c>, <c>Gebr. Kluitman, [192-?]</c>.
/// </summary>
internal static partial class SeedPublishedParser
{
    public static SeedPublication Parse(string text)
    {
        var value = text.Trim();
        var date = TrailingDate().Match(value);
        var rest = value;
        Formatter.Records.DateValue? parsedDate = null;
        if (date.Success && SeedDateParser.Parse(date.Groups["date"].Value) is { } found)
        {
            parsedDate = found;
            rest = value[..date.Index];
        }
        rest = rest.Trim().TrimEnd(',', ';').Trim();
        string? place = null;
        var colon = PlaceSeparator().Match(rest);
        if (colon.Success)
        {
            place = rest[..colon.Index].Trim();
            rest = rest[(colon.Index + colon.Length)..].Trim().TrimEnd(',').Trim();
        }
        return new SeedPublication(Blank(place), Blank(rest), parsedDate);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"(?:^|(?<=[\s,]))(?<date>" + SeedDateParser.Pattern + @")\s*\.?$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"\s+:\s*")]
    private static partial Regex PlaceSeparator();
}
