using Formatter.Core.Api;
using Formatter.Records;
using Record = Formatter.Records.Record;
using Formatter.Tests.Plugins;

namespace Formatter.Tests.Templating;

/// <summary>The small shape functions and date forms of the kit, as templates call them.</summary>
public sealed class ShapeAndDateKitTests
{
    private static string Render(string template, Record record)
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = template });
        var list = new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format([record], "s");
        return Assert.Single(list.Entries).Text.ToPlainText();
    }

    private static Record Dated(int year, int? month, int? day, int? endDay = null) => new()
    {
        Id = "d",
        Type = "webpage",
        Dates = new Dictionary<string, DateValue>
        {
            ["issued"] = new() { Start = new DatePart(year, month, day), End = endDay is null ? null : new DatePart(year, month, endDay) },
        },
    };

    [Theory]
    [InlineData(2019, 12, 5, null, "December 2019|December")]
    [InlineData(2022, 6, 9, 11, "June 2022|June")]
    [InlineData(2019, null, null, null, "2019|")]
    public void Year_month_and_month_leave_the_day_out(int year, int? month, int? day, int? endDay, string expected) =>
        Assert.Equal(expected, Render("{{ date_text 'issued' 'year-month' }}|{{ date_text 'issued' 'month' }}", Dated(year, month, day, endDay)));

    [Fact]
    public void Capitalize_first_issue_range_and_smart_quotes() =>
        Assert.Equal("Phd|arXiv|2-е изд.|1–2|true|false|’Til", Render(
            "{{ capitalize_first 'phd' }}|{{ capitalize_first 'arXiv' }}|{{ capitalize_first '2-е изд.' }}|{{ issue_range '1-2' }}|{{ is_combined '05-06' }}|{{ is_combined '5' }}|{{ smart_quotes \"'Til\" }}",
            Dated(2020, null, null)));

    [Fact]
    public void Names_present_keeps_the_roles_with_names_in_the_given_order()
    {
        var record = new Record
        {
            Id = "n",
            Type = "book",
            Names = new Dictionary<string, IReadOnlyList<Name>>
            {
                ["translator"] = [new Name { Family = "Hale", Given = "M." }],
                ["editor"] = [new Name { Family = "Ode", Given = "A." }],
                ["illustrator"] = [],
            },
        };
        Assert.Equal("translator,editor|0", Render(
            "{{ (names_present ['narrator', 'translator', 'illustrator', 'editor']) | array.join ',' }}|{{ (names_present []) | array.size }}",
            record));
    }
}
