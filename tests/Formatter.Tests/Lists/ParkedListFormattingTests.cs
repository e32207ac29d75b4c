using Formatter.Core.Api;
using Formatter.Core.Lists;
using Formatter.Core.Readers;

namespace Formatter.Tests.Lists;

/// <summary>
/// A list whose records are kept compact (what <c>formatter format</c> reads) formats exactly as the same records
/// held as usual: entries, order, labels and diagnostics, for every style and its list passes.
/// </summary>
public sealed class ParkedListFormattingTests
{
    public static TheoryData<string> Styles() => [.. TestFormatter.Shared.Styles.Select(s => s.Id)];

    [SkippableTheory]
    [MemberData(nameof(Styles))]
    public void Compact_records_format_as_the_records_themselves(string style)
    {
        var records = ReaderRegistry.CreateDefault().ReadFile(SharedData.Require("corpus/public.csl.json")).Records;
        var parked = ParkedRecordList.Of([records]);

        var usual = TestFormatter.Shared.Format(records, style);
        var compact = TestFormatter.Shared.Format(parked, style);

        Assert.Equal(Dump(usual), Dump(compact));
    }

    [SkippableTheory]
    [MemberData(nameof(Styles))]
    public void Records_and_entries_in_a_temporary_file_format_as_the_records_themselves(string style)
    {
        var records = ReaderRegistry.CreateDefault().ReadFile(SharedData.Require("corpus/public.csl.json")).Records;
        var spilled = SpilledList.Of(records);

        var usual = TestFormatter.Shared.Format(records, style);
        var compact = TestFormatter.Shared.Format(spilled, style);

        Assert.NotNull(spilled.Spill);
        Assert.All(spilled.Parked, source => Assert.IsType<SpilledRecord>(source));
        Assert.Equal(Dump(usual), Dump(compact));
    }

    [Fact]
    public void A_file_read_compact_gives_compact_records()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parked-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """[{"id": "a", "type": "book", "title": "T"}]""");
        try
        {
            var read = ReaderRegistry.CreateDefault().ReadFile(path, keepCompact: true);

            var parked = Assert.IsType<ParkedRecordList>(read.Records);
            Assert.NotNull(parked.Spill);
            Assert.Equal("T", Assert.Single(read.Records).Field("title"));
            Assert.Same(parked.Spill, Assert.IsType<ParkedRecordList>(ReadResult.Combine([read, new ReadResult([new Formatter.Records.Record { Id = "b", Type = "book" }], [])]).Records).Spill);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Dump(FormattedBibliography bibliography) =>
        CitationFormatter.Write(bibliography, "json") + "\n" + string.Join("\n", bibliography.Diagnostics.Select(d => d.ToString()));
}
