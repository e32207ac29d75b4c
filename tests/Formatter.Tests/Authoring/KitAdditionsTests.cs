using Formatter.Core.Api;
using Formatter.Core.Text.Pages;
using Formatter.Core.Writers;
using Formatter.Records;
using Record = Formatter.Records.Record;
using Formatter.Tests.Plugins;

namespace Formatter.Tests.Authoring;

/// <summary>The kit functions added for MLA and IEEE: date_parts, month_name and the minimal-two page range.</summary>
public sealed class KitAdditionsTests
{
    private static string Render(string template, Record record)
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = template });
        var list = new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format([record], "s");
        Assert.Empty(list.Diagnostics);
        return PlainTextRenderer.Instance.Render(Assert.Single(list.Entries).Text);
    }

    private static Record Dated(DateValue issued) => new()
    {
        Id = "d",
        Type = "webpage",
        Dates = new Dictionary<string, DateValue> { ["issued"] = issued },
    };

    [Fact]
    public void Date_parts_give_year_month_and_day_and_month_name_the_locale_month()
    {
        var record = Dated(new DateValue { Start = new DatePart(2021, 9, 14) });
        Assert.Equal("14 Sept. 2021", Render("{{ p = date_parts 'issued'; join ' ' [p[2], (month_name p[1] 'short'), p[0]] }}", record));
        Assert.Equal("September", Render("{{ month_name 9 }}", record));
    }

    [Fact]
    public void Missing_parts_are_null_and_a_literal_date_has_no_parts()
    {
        Assert.Equal("2020|true|true", Render("{{ p = date_parts 'issued'; p[0] + '|' + (p[1] == null) + '|' + (p[2] == null) }}", Dated(new DateValue { Start = new DatePart(2020) })));
        Assert.Equal("0 [192-?]", Render("{{ (date_parts 'issued').size + ' ' + r.issued }}", Dated(new DateValue { Literal = "[192-?]" })));
    }

    [Theory]
    [InlineData("321-328", "321–28")]
    [InlineData("101-118", "101–18")]
    [InlineData("1496-1504", "1496–504")]
    [InlineData("17-37", "17–37")]
    [InlineData("1-4", "1–4")]
    public void Minimal_two_keeps_at_least_two_digits(string pages, string expected) =>
        Assert.Equal(expected, PageRange.Format(pages, PageRangeStyle.MinimalTwo));
}
