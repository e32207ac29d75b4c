using Formatter.Core.Lists;
using Formatter.Core.Readers;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Lists;

/// <summary>A record kept compact for a long list decodes to an equal record: every field, name, date, extension and the source.</summary>
public sealed class RecordCodecTests
{
    [Fact]
    public void Every_part_of_a_record_survives_the_round_trip()
    {
        var record = new Record
        {
            Id = "id-1 “ü”",
            Type = "chapter",
            Fields = new Dictionary<string, string> { ["title"] = "Title\u0000with odd\ncharacters 日本", ["volume"] = "", ["note"] = new string('x', 300) },
            Names = new Dictionary<string, IReadOnlyList<Name>>
            {
                ["author"] = [new Name { Family = "Beethoven", Given = "Ludwig", NonDroppingParticle = "van", DroppingParticle = "de", Suffix = "Jr.", CommaSuffix = true }, Name.FromLiteral("World Health Organization")],
                ["editor"] = [],
            },
            Dates = new Dictionary<string, DateValue>
            {
                ["issued"] = new() { Start = new DatePart(2020, 5, 1), End = new DatePart(-44, null, 3), Circa = true },
                ["accessed"] = new() { Season = 2, Literal = "spring" },
            },
            Extensions = new Dictionary<string, string> { ["custom"] = """{"a": [1, 2]}""" },
            Source = new SourceLocation("refs.json", 12, 3),
        };

        AssertSame(record, RecordCodec.Decode(RecordCodec.Encode(record)));
    }

    [Fact]
    public void A_bare_record_keeps_its_empty_maps_and_no_source()
    {
        var record = new Record { Id = "a", Type = "book" };

        var decoded = RecordCodec.Decode(RecordCodec.Encode(record));

        AssertSame(record, decoded);
        Assert.Null(decoded.Source);
    }

    [SkippableFact]
    public void Every_record_of_the_public_corpus_survives_the_round_trip()
    {
        var records = ReaderRegistry.CreateDefault().ReadFile(SharedData.Require("corpus/public.csl.json")).Records;

        foreach (var record in records) AssertSame(record, RecordCodec.Decode(RecordCodec.Encode(record)));
    }

    [Fact]
    public void Parked_records_load_anew_and_combine_with_records_read_as_usual()
    {
        var first = new Record { Id = "a", Type = "book" };
        var second = new Record { Id = "b", Type = "article" };
        var parked = ParkedRecordList.Empty();
        parked.Add(first);

        var combined = ReadResult.Combine([new ReadResult(parked, []), new ReadResult([second], [])]);

        var list = Assert.IsType<ParkedRecordList>(combined.Records);
        Assert.Equal(["a", "b"], list.Parked.Select(p => p.Id));
        Assert.Equal(["a", "b"], list.Select(r => r.Id));
        Assert.NotSame(list[0], list[0]);
        Assert.IsType<List<Record>>(ReadResult.Combine([new ReadResult([first], []), new ReadResult([second], [])]).Records);
    }

    [Fact]
    public void An_entry_over_a_parked_record_loads_it_when_asked()
    {
        var record = new Record { Id = "a", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "T" } };
        var entry = new Formatter.Plugins.ListEntry(ParkedRecord.Of(record));
        var other = new Formatter.Plugins.ListEntry(ParkedRecord.Of(record));

        Assert.Equal("a", entry.RecordId);
        var loaded = entry.Record;
        Assert.Same(loaded, entry.Record);
        Assert.NotSame(loaded, other.Record);
        Assert.NotSame(loaded, entry.Record);
        AssertSame(record, loaded);
    }

    private static void AssertSame(Record expected, Record actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Fields.ToList(), actual.Fields.ToList());
        Assert.Equal(expected.Names.Keys, actual.Names.Keys);
        foreach (var (role, names) in expected.Names) Assert.Equal(names, actual.Names[role]);
        Assert.Equal(expected.Dates.ToList(), actual.Dates.ToList());
        Assert.Equal(expected.Extensions.ToList(), actual.Extensions.ToList());
        Assert.Equal(expected.Source, actual.Source);
    }
}
