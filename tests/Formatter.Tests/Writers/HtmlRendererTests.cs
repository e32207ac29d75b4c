using Formatter.Core.Text;
using Formatter.Core.Writers;

namespace Formatter.Tests.Writers;

public class HtmlRendererTests
{
    [Fact]
    public void Italics_inside_italics_are_set_roman()
    {
        var markup = Markup.Wrap("i", "Review of " + Markup.Wrap("i", "Pleasure and the Good Life") + " again");
        var html = HtmlRenderer.Instance.Render(MarkupParser.Parse(markup, Formatter.Core.Locales.LocaleStore.Default.Get("en").Quotes));
        Assert.Equal("<i>Review of <span style=\"font-style:normal;\">Pleasure and the Good Life</span> again</i>", html);
    }

    [Fact]
    public void Italics_three_deep_are_italic_again()
    {
        var markup = Markup.Wrap("i", "a " + Markup.Wrap("i", "b " + Markup.Wrap("i", "c")));
        var html = HtmlRenderer.Instance.Render(MarkupParser.Parse(markup, Formatter.Core.Locales.LocaleStore.Default.Get("en").Quotes));
        Assert.Equal("<i>a <span style=\"font-style:normal;\">b <i>c</i></span></i>", html);
    }
}
