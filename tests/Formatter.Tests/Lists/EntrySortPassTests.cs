using Formatter.Core.Lists;
using Formatter.Diagnostics;
using Formatter.Plugins;
using Formatter.Records;
using Record = Formatter.Records.Record;
using Formatter.Text;

namespace Formatter.Tests.Lists;

/// <summary>The rendered-entry sort: what stands in the author position, the date, the title.</summary>
public sealed class EntrySortPassTests
{
    private static ListEntry Entry(string id, string author, int? year = null, string? title = null, string part = "author", string type = "book", int? month = null)
    {
        var dates = new Dictionary<string, DateValue>();
        if (year is { } y) dates["issued"] = new DateValue { Start = new DatePart(y, month, null) };
        var record = new Record
        {
            Id = id, Type = type, Dates = dates,
            Fields = new Dictionary<string, string> { ["title"] = title ?? id },
        };
        var text = new RichText([new Span(SpanKind.Part, [new TextRun(author)], part), new TextRun(". Rest.")]);
        return new ListEntry(record) { Text = text };
    }

    private static string Sort(IEnumerable<ListEntry> entries, Dictionary<string, string>? options = null)
    {
        var list = entries.ToList();
        var context = new ListPassContext("test", list, options ?? new Dictionary<string, string>(), new List<Diagnostic>());
        new EntrySortPass().Apply(context);
        return string.Join(",", list.Select(e => e.Record.Id));
    }

    [Fact]
    public void Nothing_precedes_something_name_by_name() =>
        Assert.Equal("gay,gaybalmaz,loft,loftus", Sort([
            Entry("gaybalmaz", "Gay-Balmaz, F.", 2014), Entry("loftus", "Loftus, E. F.", 2000),
            Entry("gay", "Gay, P. D., & Scott, A.", 2011), Entry("loft", "Loft, V.", 2001)]));

    [Fact]
    public void Letters_decide_ignoring_case_accents_and_punctuation() =>
        Assert.Equal("alonso,alrashid,dean,depaloi", Sort([
            Entry("depaloi", "De Paloi, M. L."), Entry("alrashid", "Al-Rashid, M."), Entry("dean", "Dean, A."), Entry("alonso", "Alonso-Arévalo, J.")]));

    [Fact]
    public void Numbers_sort_by_value() =>
        Assert.Equal("four,six,big", Sort([
            Entry("big", "123D design", part: "author-title"), Entry("six", "6. Extensions", part: "author-title"), Entry("four", "4 Thorax", part: "author-title")]));

    [Fact]
    public void Undated_first_then_by_year_then_title_without_article() =>
        Assert.Equal("nd,y2019b,y2019a,y2020", Sort([
            Entry("y2020", "Okafor, C.", 2020), Entry("y2019a", "Okafor, C.", 2019, "The local boards"),
            Entry("nd", "Okafor, C."), Entry("y2019b", "Okafor, C.", 2019, "Framing risk")]));

    [Fact]
    public void A_title_in_the_author_position_sorts_without_its_article() =>
        Assert.Equal("lindqvist,map,patel", Sort([
            Entry("patel", "Patel, R."), Entry("map", "The map maker", part: "author-title"), Entry("lindqvist", "Lindqvist, A.")]));

    [Fact]
    public void Full_dates_sort_for_the_named_types_only()
    {
        var options = new Dictionary<string, string> { ["sort-full-date"] = "post-weblog" };
        Assert.Equal("may,june", Sort([Entry("june", "kurgus", 2011, "A", type: "post-weblog", month: 6), Entry("may", "kurgus", 2011, "Z", type: "post-weblog", month: 5)], options));
        Assert.Equal("a,z", Sort([Entry("z", "Kim, J.", 2011, "Z", month: 5), Entry("a", "Kim, J.", 2011, "A", month: 6)], options));
    }
}
