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

    [Fact]
    public void Names_that_differ_only_in_given_names_or_particles_are_different_groups()
    {
        var entries = new List<ListEntry> { Entry("a", "Okafor", 2021, "A"), Entry("b", "Okafor", 2021, "B") };
        entries.Add(With(Entry("c", "Okafor", 2021, "C"), new Name { Family = "Okafor", Given = "D." }));
        entries.Add(With(Entry("d", "Okafor", 2021, "D"), new Name { Family = "Okafor", Given = "C.", NonDroppingParticle = "van" }));
        var s = Suffixes(entries);
        Assert.Equal(["a", "b", "", ""], new[] { s["a"], s["b"], s["c"], s["d"] });
    }

    [Fact]
    public void Records_without_names_group_by_title_and_year()
    {
        var s = Suffixes([Unnamed("u1", "Annual report", 2020), Unnamed("u2", "Annual report", 2020), Unnamed("u3", "Annual report", 2021), Unnamed("u4", "Other report", 2020)]);
        Assert.Equal(["a", "b", "", ""], new[] { s["u1"], s["u2"], s["u3"], s["u4"] });
    }

    [Fact]
    public void A_long_list_letters_its_groups_as_a_short_one_does()
    {
        // 300 entries: above the length at which the keys are made on all cores; 100 authors with three works each.
        var entries = Enumerable.Range(0, 300).Select(i => Entry($"e{i}", $"Author{i % 100}", 2000 + i % 100 % 7, $"Title {299 - i:000}")).ToList();
        var s = Suffixes(entries);
        for (var author = 0; author < 100; author++)
        {
            // The works of one author are e{author}, e{author+100}, e{author+200}; their titles run backwards.
            Assert.Equal(["c", "b", "a"], new[] { s[$"e{author}"], s[$"e{author + 100}"], s[$"e{author + 200}"] });
        }
    }

    private static ListEntry With(ListEntry entry, Name author) =>
        new(entry.Record with { Names = new Dictionary<string, IReadOnlyList<Name>> { ["author"] = [author] } });

    private static ListEntry Unnamed(string id, string title, int year) =>
        new(Entry(id, "x", year, title).Record with { Names = new Dictionary<string, IReadOnlyList<Name>>() });
}
