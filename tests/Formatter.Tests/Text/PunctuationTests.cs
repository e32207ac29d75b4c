using Formatter.Core.Text;
using P = Formatter.Core.Text.Punctuation.Punctuation;

namespace Formatter.Tests.Text;

public class PunctuationTests
{
    private static string I(string content) => Markup.Wrap("i", content);

    private static string Q(string content) => Markup.Wrap("q", content);

    [Theory]
    [InlineData(". ", new[] { "Carter, H.", "2015" }, "Carter, H. 2015")] // initials: no doubled period
    [InlineData(". ", new[] { "4th ed.", "London" }, "4th ed. London")]
    [InlineData(". ", new[] { "Author, A. A., Jr.", "Title" }, "Author, A. A., Jr. Title")]
    [InlineData(". ", new[] { "Why ferry fares are rising?", "The Harbor Times" }, "Why ferry fares are rising? The Harbor Times")]
    [InlineData(". ", new[] { "Stop!", "Next" }, "Stop! Next")]
    [InlineData(". – ", new[] { "2-е изд.", "Москва : Юрайт, 2019" }, "2-е изд. – Москва : Юрайт, 2019")] // GOST
    [InlineData(". – ", new[] { "Заглавие", null, "", "2020" }, "Заглавие. – 2020")] // empty areas vanish
    [InlineData(", ", new[] { "Vol. 42", null, "No. 3" }, "Vol. 42, No. 3")]
    [InlineData(", ", new[] { "ed.", "2nd" }, "ed., 2nd")] // a comma after an abbreviation stays
    [InlineData(". ", new[] { "Title:", "Next" }, "Title. Next")] // a period replaces a stray colon
    [InlineData(", ", new[] { "Title,", "Next" }, "Title, Next")] // the same mark once
    [InlineData(". ", new[] { "   ", "Only" }, "Only")]
    [InlineData(". ", new string?[] { null, null }, "")]
    public void Join_skips_blank_parts_and_never_doubles_periods(string separator, string?[] parts, string expected) =>
        Assert.Equal(expected, P.Join(separator, parts));

    [Fact]
    public void Join_looks_through_closing_markers()
    {
        var title = I("Is it over?");
        Assert.Equal(title + " Riverbend Press", P.Join(". ", title, "Riverbend Press"));
        Assert.Equal(Q("Relations.") + " Next", P.Join(". ", Q("Relations."), "Next"));
    }

    [Fact]
    public void Join_drops_parts_that_are_only_markup()
    {
        var empty = Markup.Open + "i" + Markup.TagEnd + " " + Markup.Close;
        Assert.Equal("A. B", P.Join(". ", "A", empty, "B"));
    }

    [Fact]
    public void Join_replaces_a_stray_colon_inside_a_span()
    {
        Assert.Equal(I("Title") + ". Next", P.Join(". ", I("Title:"), "Next"));
    }

    [Theory]
    [InlineData("(", "4th ed.", ")", "(4th ed.)")]
    [InlineData("(", "", ")", "")]
    [InlineData("(", null, ")", "")]
    [InlineData("[", "  ", "]", "")]
    [InlineData("", "ed.", ".", "ed.")]
    [InlineData("", "Why?", ". ", "Why? ")]
    [InlineData(null, "x", null, "x")]
    public void Wrap_gives_nothing_for_a_blank_value(string? prefix, string? value, string? suffix, string expected) =>
        Assert.Equal(expected, P.Wrap(prefix, value, suffix));

    [Theory]
    [InlineData("Title", ".", "Title.")]
    [InlineData("ed.", ".", "ed.")]
    [InlineData("Jr.", ".", "Jr.")]
    [InlineData("Why?", ".", "Why?")]
    [InlineData("Stop!", ".", "Stop!")]
    [InlineData("Wait…", ".", "Wait…")]
    [InlineData("Title:", ".", "Title.")]
    [InlineData("Title,", ".", "Title.")]
    [InlineData("изд.", ". – ", "изд. – ")]
    [InlineData("Title", ". – ", "Title. – ")]
    [InlineData("", ".", "")]
    [InlineData(null, ".", "")]
    public void EnsureEndsWith_does_not_double(string? value, string ending, string expected) =>
        Assert.Equal(expected, P.EnsureEndsWith(value, ending));

    [Fact]
    public void EnsureEndsWith_looks_through_markers_and_appends_outside()
    {
        Assert.Equal(I("Title") + ".", P.EnsureEndsWith(I("Title"), "."));
        Assert.Equal(I("Is it over?"), P.EnsureEndsWith(I("Is it over?"), "."));
        Assert.Equal(I(I("ed.")), P.EnsureEndsWith(I(I("ed.")), "."));
    }

    [Theory]
    [InlineData("Title  Next", "Title Next")]
    [InlineData("  Title. ", "Title.")]
    [InlineData("ed..", "ed.")]
    [InlineData("Title.. Next", "Title. Next")]
    [InlineData("Wait... Next", "Wait... Next")] // ellipsis kept
    [InlineData("Wait… Next.", "Wait… Next.")]
    [InlineData("Sato, S., . . . Vance, V. (2020).", "Sato, S., . . . Vance, V. (2020).")] // APA M22
    [InlineData("Title , Next", "Title, Next")]
    [InlineData("Title, , Next", "Title, Next")]
    [InlineData("Title,, Next", "Title, Next")]
    [InlineData("Title,. Next", "Title. Next")]
    [InlineData("Title . Next", "Title. Next")]
    [InlineData("Title () . Next", "Title. Next")]
    [InlineData("Title [ ]. Next", "Title. Next")]
    [InlineData("Why?. Next", "Why? Next")]
    [InlineData("Заглавие. – . – 2020.", "Заглавие. – 2020.")]
    [InlineData("Заглавие. – 2020. – ", "Заглавие. – 2020.")]
    [InlineData("Заглавие. – 2020. –", "Заглавие. – 2020.")]
    [InlineData("Москва : Наука, 2015. – 400 с.", "Москва : Наука, 2015. – 400 с.")] // prescribed spaces kept
    [InlineData("Lyon : Association ; Paris / Editor", "Lyon : Association ; Paris / Editor")]
    [InlineData("Москва : .", "Москва.")]
    [InlineData("pp. 215–230", "pp. 215–230")]
    [InlineData("URL: https://example.org/a..b/ (дата обращения: 01.03.2024).", "URL: https://example.org/a..b/ (дата обращения: 01.03.2024).")]
    [InlineData("https://fmp.elpub.ru/jour/article/view/33..", "https://fmp.elpub.ru/jour/article/view/33.")]
    [InlineData("Batyuk, V. I. (2020). The evolution of the NATO-Russia relations.", "Batyuk, V. I. (2020). The evolution of the NATO-Russia relations.")]
    public void Clean_fixes_collisions(string entry, string expected) => Assert.Equal(expected, P.Clean(entry));

    [Fact]
    public void Clean_looks_through_markers()
    {
        Assert.Equal(I("ed.") + " Next", P.Clean(I("ed.") + ". Next"));
        Assert.Equal(I("Title") + " Next", P.Clean(I("Title ") + " Next"));
        Assert.Equal("Title. Next", P.Clean("Title (" + I("") + ") . Next"));
        Assert.Equal("Title " + I("Journal") + ".", P.Clean("Title " + I(" Journal") + " ."));
    }

    [Fact]
    public void Clean_drops_spans_left_empty()
    {
        var entry = "Title. " + Markup.Open + "i" + Markup.TagEnd + Markup.Close + "Next";
        Assert.Equal("Title. Next", P.Clean(entry));
    }

    [Fact]
    public void Clean_never_changes_link_content()
    {
        var link = Markup.Wrap("link https://a.example/x..y", "https://a.example/x..y , z");
        Assert.Equal("See " + link + ".", P.Clean("See  " + link + "."));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    public void Clean_of_nothing_is_empty(string? entry, string expected) => Assert.Equal(expected, P.Clean(entry));

    [Fact]
    public void MoveIntoQuotes_puts_the_period_inside_the_quote()
    {
        // Chicago seed: “The Evolution of the NATO-Russia Relations.”
        var joined = P.Join(". ", "Batyuk, V. I", Q("The Evolution of the NATO-Russia Relations"), I("Вестник"));
        Assert.Equal("Batyuk, V. I. " + Q("The Evolution of the NATO-Russia Relations.") + " " + I("Вестник"), P.MoveIntoQuotes(joined));
    }

    [Fact]
    public void MoveIntoQuotes_handles_commas_outer_spans_and_question_marks()
    {
        Assert.Equal(Q("A,") + " b", P.MoveIntoQuotes(Q("A") + ", b"));
        Assert.Equal(Markup.Wrap("part title", Q("A.")) + " b", P.MoveIntoQuotes(Markup.Wrap("part title", Q("A")) + ". b"));
        Assert.Equal(Q("Why?") + " b", P.MoveIntoQuotes(Q("Why?") + ". b"));
        Assert.Equal(I("A") + ". b", P.MoveIntoQuotes(I("A") + ". b"));
    }
}
