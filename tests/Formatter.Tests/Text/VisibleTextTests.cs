using Formatter.Core.Text;
using Formatter.Core.Text.Punctuation;

namespace Formatter.Tests.Text;

/// <summary>The view of a marked-up string through its markers, with and without markers in it.</summary>
public sealed class VisibleTextTests
{
    [Fact]
    public void A_string_without_markers_is_all_visible_and_changes_in_place()
    {
        using var text = VisibleText.Parse("Alpha beta");
        Assert.Equal("Alpha beta", text.Chars.ToString());
        Assert.Equal(4, text.Position(4));
        Assert.False(text.IsProtected(0));
        text.Set(0, 'a');
        Assert.Equal('a', text[0]);
        Assert.Equal("alpha beta", text.ToString());
    }

    [Fact]
    public void Markers_and_tags_are_not_visible_and_nocase_content_is_protected()
    {
        var value = "A " + Markup.Wrap("nocase", "NATO") + " " + Markup.Wrap("i", "Title");
        using var text = VisibleText.Parse(value);
        Assert.Equal("A NATO Title", text.Chars.ToString());
        Assert.Equal(value.IndexOf('N'), text.Position(2));
        Assert.True(text.IsProtected(2));
        Assert.False(text.IsProtected(7));
        text.Set(2, 'n');
        text.Set(7, 't');
        Assert.Equal('N', text[2]);
        Assert.Equal("A " + Markup.Wrap("nocase", "NATO") + " " + Markup.Wrap("i", "title"), text.ToString());
    }

    [Fact]
    public void Nothing_set_gives_back_the_same_string()
    {
        var value = "Plain";
        using var text = VisibleText.Parse(value);
        text.Set(0, 'P');
        Assert.Same(value, text.ToString());
    }
}
