using Formatter.Core.Lists;
using Formatter.Diagnostics;
using Formatter.Plugins;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Lists;

/// <summary>Year suffixes: same names and year, lettered by title (full date for dated types), whatever the list order.</summary>
public sealed class YearSuffixPassTests
{
    private static ListEntry Entry(string id, string family, int? year, string title, string role = "author")
    {
        var dates = new Dictionary<string, DateValue>();
        if (year is { } y) dates["issued"] = new DateValue { Start = new DatePart(y, null, null) };
        return new ListEntry(new Record
        {
            Id = id, Type = "article-journal", Dates = dates,
            Fields = new Dictionary<string, string> { ["title"] = title },
            Names = new Dictionary<string, IReadOnlyList<Name>> { [role] = [new Name { Family = family, Given = "C." }] },
        });
    }

    private static Dictionary<string, string> Suffixes(List<ListEntry> entries, Dictionary<string, string>? options = null)
    {
        new YearSuffixPass().Apply(new ListPassContext("test", entries, options ?? new Dictionary<string, string>(), new List<Diagnostic>()));
        return entries.ToDictionary(e => e.Record.Id, e => (e.Values.TryGetValue("year_suffix", out var v) ? v : ""));
    }

    [Fact]
    public void Same_author_and_year_get_letters_by_title_in_any_input_order()
    {
        var s = Suffixes([Entry("b", "Okafor", 2021, "Local health boards"), Entry("x", "Other", 2021, "X"), Entry("a", "Okafor", 2021, "Framing risk")]);
        Assert.Equal("a", s["a"]);
        Assert.Equal("b", s["b"]);
        Assert.Equal("", s["x"]);
    }

    [Fact]
    public void Undated_works_are_a_group_of_their_own() =>
        Assert.Equal("a,b,", string.Join(",", Suffixes([Entry("n1", "Barlow", null, "A coastal guide"), Entry("n2", "Barlow", null, "Walks"), Entry("d", "Barlow", 2020, "Dated")]).Values));

    [Fact]
    public void Names_come_from_the_first_role_in_sort_names()
    {
        var options = new Dictionary<string, string> { ["sort-names"] = "author director" };
        var s = Suffixes([Entry("f1", "Bond", 1990, "First", "director"), Entry("f2", "Bond", 1990, "Second", "director")], options);
        Assert.Equal("a", s["f1"]);
        Assert.Equal("b", s["f2"]);
    }
}
