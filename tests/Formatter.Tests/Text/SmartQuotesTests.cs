using Formatter.Core.Text;
using Formatter.Core.Text.Punctuation;

namespace Formatter.Tests.Text;

/// <summary>Straight quotes typed in data become typographic ones (what citeproc-js prints for Chicago and APA).</summary>
public class SmartQuotesTests
{
    private static string Q(string content) => Markup.Wrap("q", content);

    [Theory]
    [InlineData("Two New Proofs of Afriat's Theorem", "Two New Proofs of Afriat’s Theorem")]
    [InlineData("'Til Death", "’Til Death")]
    [InlineData("By Isaac 'espinasse, of Gray's Inn", "By Isaac ’espinasse, of Gray’s Inn")]
    [InlineData("Digest, 'The Anti-Soviet Fabrications; Etc.'", "Digest, ‘The Anti-Soviet Fabrications; Etc.’")]
    [InlineData("[Brief Josef Blaas' an Albrecht Penck]", "[Brief Josef Blaas’ an Albrecht Penck]")]
    [InlineData("\"We hope that such tools may help us...", "\"We hope that such tools may help us...")]
    [InlineData("No quotes at all", "No quotes at all")]
    public void Apostrophes_and_single_quotes(string value, string expected) =>
        Assert.Equal(expected, SmartQuotes.Apply(value));

    [Fact]
    public void Double_quote_pairs_become_quote_spans()
    {
        Assert.Equal("A " + Q("void-trimming") + " method for " + Q("dirty") + " geometry",
            SmartQuotes.Apply("A \"void-trimming\" method for \"dirty\" geometry"));
        Assert.Equal(Q("Это не добровольное мероприятие"), SmartQuotes.Apply("\"Это не добровольное мероприятие\""));
        Assert.Equal(Q("北斗一號") + "監控管理網", SmartQuotes.Apply("“北斗一號”監控管理網"));
    }

    [Fact]
    public void Nested_in_a_quoted_title_they_print_as_inner_quotes()
    {
        var text = MarkupParser.Parse(Q(SmartQuotes.Apply("Комплекс С-300Ф \"Форт\"")) + ".", Formatter.Core.Locales.QuoteMarks.English);
        Assert.Equal("“Комплекс С-300Ф ‘Форт’”.", text.ToPlainText());
    }

    [Fact]
    public void Punctuation_of_the_data_stays_outside_the_quotation()
    {
        var text = MarkupParser.Parse(Formatter.Core.Text.Punctuation.Punctuation.Clean(Formatter.Core.Text.Punctuation.Punctuation.MoveIntoQuotes(
            Q(SmartQuotes.Apply("степен \"доктор\", област")) + ", " + Q(SmartQuotes.Apply("Law No. 128 “Water Code”")) + ", Pub. L.")),
            Formatter.Core.Locales.QuoteMarks.English);
        Assert.Equal("“степен ‘доктор’, област,” “Law No. 128 ‘Water Code,’” Pub. L.", text.ToPlainText());
    }

    [Fact]
    public void Links_are_left_alone()
    {
        var link = Markup.Wrap("link http://x.org/a'b", "http://x.org/a'b");
        Assert.Equal(link + " isn’t", SmartQuotes.Apply(link + " isn't"));
    }
}
