using System.Text.RegularExpressions;
using Formatter.Core.Readers.Seed;

namespace Formatter.Tests.Readers;

/// <summary>The IxTheo details row parser gives what the regular expression it replaced gave.</summary>
public sealed partial class SeedIxTheoDetailsTests
{
    [Theory]
    [InlineData("2021, Volume: 40, Issue: 4, Pages: 329-343")]
    [InlineData("2019, Volume: 22, Issue: 2, Pages: 237-265")]
    [InlineData("2020")]
    [InlineData("")]
    [InlineData(" 2018 , VOLUME : 3 ,ISSUE:1, pages :  12-19, Number: 7")]
    [InlineData("2017, Volume: 5, Volume: 6")]
    [InlineData("2016, Pages: 1-2, Supplement: 3")]
    [InlineData("2015, Issue: 2 (Special issue: Year of faith), Pages: 9")]
    [InlineData("2014, Volume: , Issue: 3")]
    [InlineData("2013,Volume:4,Issue:5,")]
    [InlineData("2012, volumes: 3, Issue 4, Number:")]
    [InlineData("2011, Вып.: 3, Pages: 10–20")]
    public void Parses_as_the_regular_expression_did(string valueAfterYear)
    {
        Assert.Equal(WithRegex(valueAfterYear), SeedIxTheoDetails.Parse(valueAfterYear));
    }

    private static Dictionary<string, string> WithRegex(string valueAfterYear)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Part().Matches("Year: " + valueAfterYear))
        {
            var value = match.Groups["value"].Value.Trim().TrimEnd(',').Trim();
            if (value.Length > 0) parts.TryAdd(match.Groups["key"].Value.ToLowerInvariant(), value);
        }
        return parts;
    }

    [GeneratedRegex(@"(?<key>Year|Volume|Issue|Pages|Number)\s*:\s*(?<value>.*?)(?=,\s*(?:Year|Volume|Issue|Pages|Number)\s*:|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Part();
}
