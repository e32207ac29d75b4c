using Formatter.Core.Text.Pages;

namespace Formatter.Tests.Text;

public class PageRangeTests
{
    [Theory]
    // Every example of chicago-17.md §4 (CMOS 17 9.61), from full and from already abbreviated input.
    [InlineData("71-72", "71–72")]
    [InlineData("100-104", "100–104")]
    [InlineData("101-108", "101–8")]
    [InlineData("1103-1104", "1103–4")]
    [InlineData("215-230", "215–30")]
    [InlineData("321-328", "321–28")]
    [InlineData("498-532", "498–532")]
    [InlineData("1496-1504", "1496–504")]
    [InlineData("101-8", "101–8")]
    [InlineData("1103-4", "1103–4")]
    [InlineData("215-30", "215–30")]
    [InlineData("321-28", "321–28")]
    [InlineData("1496-504", "1496–504")]
    // The guides' worked examples.
    [InlineData("145-170", "145–70")] // C1
    [InlineData("33-58", "33–58")] // C2
    [InlineData("88-97", "88–97")] // P1
    [InlineData("44-61", "44–61")] // J2
    [InlineData("811-816", "811–16")] // chicago §11
    [InlineData("24-46", "24–46")]
    [InlineData("1087-1089", "1087–89")]
    [InlineData("808-833", "808–33")]
    [InlineData("1100-1113", "1100–1113")]
    public void Chicago_abbreviates_per_CMOS_9_61(string pages, string expected) =>
        Assert.Equal(expected, PageRange.Format(pages, PageRangeStyle.Chicago));

    [Theory]
    [InlineData("8-9, 7", "8–9, 7")]
    [InlineData("94-98,93", "94-98,93")]
    [InlineData("巻頭1p,1-12", "巻頭1p,1-12")]
    public void A_list_needs_a_space_after_its_commas(string pages, string expected) =>
        Assert.Equal(expected, PageRange.Format(pages, PageRangeStyle.Chicago));

    [Theory]
    [InlineData("215-230", "215–230")] // J1
    [InlineData("215-30", "215–230")]
    [InlineData("1496-504", "1496–1504")]
    [InlineData("101-8", "101–108")]
    [InlineData("215--230", "215–230")]
    [InlineData("215–230", "215–230")]
    [InlineData("215—230", "215–230")]
    [InlineData("215 - 230", "215–230")]
    [InlineData(" 215 – 230 ", "215–230")]
    [InlineData("3-31", "3–31")] // seed enriched
    [InlineData("45", "45")]
    [InlineData("1-5, 7-9", "1–5, 7–9")]
    [InlineData("1-5,7-9", "1–5, 7–9")]
    [InlineData("230-215", "230–215")] // not repaired: the second number is smaller even after expansion
    public void Full_expands_and_normalises_the_dash(string pages, string expected) =>
        Assert.Equal(expected, PageRange.Format(pages, PageRangeStyle.Full));

    [Theory]
    [InlineData("e0231", "e0231")]
    [InlineData("A3", "A3")]
    [InlineData("S1-S5", "S1–S5")]
    [InlineData("xii-xv", "xii–xv")]
    [InlineData("XII-XV", "XII–XV")]
    [InlineData("12a-14b", "12a–14b")]
    [InlineData("S1-5", "S1-5")] // ends not alike: as stored
    [InlineData("xii-15", "xii-15")]
    [InlineData("Intro-5", "Intro-5")]
    public void Non_numeric_values_keep_their_text(string pages, string expected)
    {
        Assert.Equal(expected, PageRange.Format(pages, PageRangeStyle.Full));
        Assert.Equal(expected, PageRange.Format(pages, PageRangeStyle.Chicago));
    }

    [Theory]
    [InlineData("215-230", PageRangeStyle.Minimal, "215–30")]
    [InlineData("321-328", PageRangeStyle.Minimal, "321–8")]
    [InlineData("100-104", PageRangeStyle.Minimal, "100–4")]
    [InlineData("215-30", PageRangeStyle.Stored, "215–30")]
    [InlineData("215-230", PageRangeStyle.Stored, "215–230")]
    public void Other_styles(string pages, object style, string expected) =>
        Assert.Equal(expected, PageRange.Format(pages, (PageRangeStyle)style));

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Empty_gives_empty(string? pages, string expected) =>
        Assert.Equal(expected, PageRange.Format(pages, PageRangeStyle.Full));

    [Fact]
    public void Dash_can_be_chosen() => Assert.Equal("45-60", PageRange.Format("45–60", PageRangeStyle.Full, "-"));

    [Theory]
    [InlineData("215-230", true)]
    [InlineData("S1–S5", true)]
    [InlineData("3, 7", true)]
    [InlineData("45", false)]
    [InlineData("e0231", false)]
    [InlineData(null, false)]
    public void IsRange(string? pages, bool expected) => Assert.Equal(expected, PageRange.IsRange(pages));

    [Theory]
    [InlineData("e0231", true)] // J3
    [InlineData("021102", true)]
    [InlineData("eabj8030", true)]
    [InlineData("A3", true)] // a letter: callers use the test for journal articles only
    [InlineData("215-230", false)]
    [InlineData("e0231-e0240", false)]
    [InlineData("215", false)]
    [InlineData("xii", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsArticleNumber_follows_APA_section_12(string? pages, bool expected) =>
        Assert.Equal(expected, PageRange.IsArticleNumber(pages));

    [Theory]
    [InlineData("1-2", "1–2")]
    [InlineData("05-06", "05–06")]
    [InlineData("1–2", "1–2")]
    [InlineData("3", "3")]
    [InlineData("Suppl. 2", "Suppl. 2")]
    [InlineData(null, "")]
    public void Combined_issues_keep_their_digits(string? issue, string expected) =>
        Assert.Equal(expected, IssueRange.Format(issue));

    [Theory]
    [InlineData("1-2", true)]
    [InlineData("05–06", true)]
    [InlineData("3", false)]
    [InlineData(null, false)]
    public void IsCombined(string? issue, bool expected) => Assert.Equal(expected, IssueRange.IsCombined(issue));
}
