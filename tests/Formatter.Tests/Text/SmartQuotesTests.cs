using Formatter.Core.Text;

namespace Formatter.Tests.Text;

public class SmartQuotesTests
{
    private static string Q(string content) => Markup.Wrap("q", content);

    [Theory]
    [InlineData("Gray's Inn", "Gray\u2019s Inn")]
    [InlineData("'Til Death", "\u2019Til Death")]
    [InlineData("CSAE '18", "CSAE \u201918")]
    [InlineData("Brief Josef Blaas' an Albrecht Penck", "Brief Josef Blaas\u2019 an Albrecht Penck")]
    [InlineData("\"We hope that such tools", "\"We hope that such tools")] // unpaired: as stored
    [InlineData("Im Gespräch - „Volksverdummung ist nicht links“", "Im Gespräch - „Volksverdummung ist nicht links“")]
    [InlineData("Our First ‘Nonemergency’ COVID Season", "Our First ‘Nonemergency’ COVID Season")]
    [InlineData("No quotes", "No quotes")]
    public void Apostrophes_become_typographic_and_other_marks_stay(string input, string expected) =>
        Assert.Equal(expected, SmartQuotes.Convert(input));

    [Fact]
    public void Paired_quotes_become_quote_spans()
    {
        Assert.Equal("A " + Q("void-trimming") + " method", SmartQuotes.Convert("A \"void-trimming\" method"));
        Assert.Equal("Law No. 128 " + Q("Water Code"), SmartQuotes.Convert("Law No. 128 “Water Code”"));
        Assert.Equal("Molotov, " + Q("The Fabrications; Etc."), SmartQuotes.Convert("Molotov, 'The Fabrications; Etc.'"));
    }

    [Fact]
    public void Punctuation_after_a_quotation_in_the_data_stays_outside()
    {
        var converted = SmartQuotes.Convert("степен \"доктор\", област");
        Assert.Equal("степен " + Q("доктор") + Markup.Wrap("nocase", ",") + " област", converted);
        Assert.Equal(converted, Formatter.Core.Text.Punctuation.Punctuation.MoveIntoQuotes(converted));
    }
}
