using Formatter.Core.Locales;
using Formatter.Core.Text;
using Formatter.Core.Writers;

namespace Formatter.Tests.Text;

/// <summary>A title within an italic title prints roman in HTML (CMOS 8.171).</summary>
public class HtmlItalicsTests
{
    [Fact]
    public void Italics_inside_italics_print_roman()
    {
        var text = MarkupParser.Parse(Markup.Wrap("i", "Sinking of the " + Markup.Wrap("i", "Scandies Rose")) + ".", QuoteMarks.English);
        Assert.Equal("<i>Sinking of the <span style=\"font-style:normal;\">Scandies Rose</span></i>.", HtmlRenderer.Instance.Render(text));
    }

    [Fact]
    public void A_third_level_is_italic_again()
    {
        var text = MarkupParser.Parse(Markup.Wrap("i", "a " + Markup.Wrap("i", "b " + Markup.Wrap("i", "c"))), QuoteMarks.English);
        Assert.Equal("<i>a <span style=\"font-style:normal;\">b <i>c</i></span></i>", HtmlRenderer.Instance.Render(text));
    }
}
