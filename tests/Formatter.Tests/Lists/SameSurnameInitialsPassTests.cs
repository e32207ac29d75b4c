using Formatter.Core.Lists;
using Formatter.Diagnostics;
using Formatter.Plugins;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Lists;

/// <summary>Initials in citations only where first authors share a surname but not their initials.</summary>
public sealed class SameSurnameInitialsPassTests
{
    private static ListEntry Entry(string id, Name first, string type = "book") => new(new Record
    {
        Id = id, Type = type,
        Names = new Dictionary<string, IReadOnlyList<Name>> { ["author"] = [first] },
    });

    private static string[] Initialled(params ListEntry[] entries)
    {
        new SameSurnameInitialsPass().Apply(new ListPassContext("test", [.. entries], new Dictionary<string, string>(), new List<Diagnostic>()));
        return [.. entries.Where(e => e.Values.ContainsKey("cite_initials")).Select(e => e.Record.Id)];
    }

    [Fact]
    public void Different_initials_of_one_surname_get_initials_others_not() =>
        Assert.Equal(["a", "c", "c2"], Initialled(
            Entry("a", new Name { Family = "Okafor", Given = "Ada" }),
            Entry("c", new Name { Family = "Okafor", Given = "Chidi" }),
            Entry("c2", new Name { Family = "Okafor", Given = "C." }),
            Entry("l", new Name { Family = "Lee", Given = "Min" })));

    [Fact]
    public void One_person_written_two_ways_gets_none() =>
        Assert.Empty(Initialled(
            Entry("j1", new Name { Family = "Smith", Given = "John" }),
            Entry("j2", new Name { Family = "Smith", Given = "J." })));

    [Fact]
    public void Organisations_and_personal_communications_take_no_part() =>
        Assert.Empty(Initialled(
            Entry("o", Name.FromLiteral("Okafor")),
            Entry("p", new Name { Family = "Okafor", Given = "Ada" }, "personal_communication"),
            Entry("c", new Name { Family = "Okafor", Given = "Chidi" })));
}
