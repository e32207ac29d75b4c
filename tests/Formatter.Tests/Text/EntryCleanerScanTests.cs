using Formatter.Core.Text;
using Formatter.Core.Text.Punctuation;

namespace Formatter.Tests.Text;

/// <summary>
/// The entry cleaner skips its full pass when a quick scan finds nothing it could delete. Over many generated entries
/// of the characters its rules are about (spaces, marks, brackets, dashes, spans, a URL), the full pass leaves every
/// entry the scan passes by unchanged.
/// </summary>
public sealed class EntryCleanerScanTests
{
    private static readonly string[] Pieces =
    [
        "a", "b", " ", " ", "\u00A0", ",", ".", ";", ":", "?", "!", "(", ")", "[", "]", "\u2013", "\u2014", "...",
        "http://x.org/a.", I("i"), I("b"), Markup.Open + "i" + Markup.TagEnd, Markup.Close.ToString(), Link("u"),
    ];

    [Fact]
    public void The_full_pass_leaves_unchanged_what_the_scan_passes_by()
    {
        var random = new Random(20261128);
        var passedBy = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var entry = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            if (EntryCleanerScan.MayChange(entry)) continue;
            passedBy++;
            Assert.True(entry == EntryCleaner.FullPass(entry), $"the scan passed by '{Show(entry)}', which the full pass changes to '{Show(EntryCleaner.FullPass(entry))}'");
        }
        // The generator must give the scan both kinds of entries.
        Assert.InRange(passedBy, 5_000, 45_000);
    }

    [Theory]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("a  b")]
    [InlineData("a ,b")]
    [InlineData("a,,b")]
    [InlineData("a ;.")]
    [InlineData("a?.")]
    [InlineData("a ( ) b")]
    [InlineData("a []")]
    [InlineData("a \u2013")]
    public void The_scan_sees_what_the_cleaner_deletes(string entry)
    {
        Assert.NotEqual(entry, EntryCleaner.FullPass(entry));
        Assert.True(EntryCleanerScan.MayChange(entry));
    }

    [Fact]
    public void The_scan_knows_every_whitespace_character()
    {
        var whitespace = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace);
        Assert.Equal(EntryCleanerScan.Whitespace, string.Concat(whitespace));
    }

    [Fact]
    public void The_scan_stops_at_exactly_the_characters_its_rules_are_about()
    {
        var stops = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(EntryCleanerScan.IsSignificant);
        Assert.Equal(EntryCleanerScan.SignificantCharacters.Order(), stops);
    }

    private static string I(string text) => Markup.Open + "i" + Markup.TagEnd + text + Markup.Close;

    private static string Link(string text) => Markup.Open + "link" + Markup.TagEnd + text + " " + Markup.Close;

    private static string Show(string text) => text.Replace(Markup.Open, '{').Replace(Markup.TagEnd, '|').Replace(Markup.Close, '}');
}
