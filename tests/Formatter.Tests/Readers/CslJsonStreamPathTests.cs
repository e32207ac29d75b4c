using System.Text;
using Formatter.Core.Readers.CslJson;

namespace Formatter.Tests.Readers;

/// <summary>
/// A CSL-JSON array file is read as a stream, record by record; the result must be the one the whole-file path gives:
/// same records, same diagnostics with the same lines. Input the streamed path does not handle goes to the whole-file
/// path, which reports it as before.
/// </summary>
public sealed class CslJsonStreamPathTests
{
    /// <summary>Good and malformed records, comments, a trailing comma; shared with <see cref="CslJsonFileTests"/>.</summary>
    internal const string Mixed = """
        // a comment before the list
        [
          {"id": "a", "type": "book", "title": "Über “quoted” titles", "author": [{"family": "Née", "given": "Zoë"}], "issued": {"date-parts": [[2020]]}},
          {"id": "b", "title": "no type"},
          42,
          {"type": "chapter", "title": "no id", "title": "duplicate", "volume": null},
          /* between records */ {"id": "c", "type": "article-journal", "title": "Second", "custom": {"x": [1, 2], "note": "a\nb"}},
          {"id": 7, "type": "not-a-type", "author": "not a list", "issued": "2020", "page": {"from": 1}},
        ]

        """;

    /// <summary>Good and malformed records without the array around them, to repeat into long lists.</summary>
    private const string MixedRecords = """
          {"id": "a", "type": "book", "title": "Über “quoted” titles", "author": [{"family": "Née", "given": "Zoë"}]},
          {"id": "b", "title": "no type"},
          42,
          {"type": "chapter", "title": "no id", "title": "duplicate", "volume": null},
          {"id": 7, "type": "not-a-type", "author": "not a list", "issued": "2020", "page": {"from": 1}}
        """;

    public static TheoryData<string> ValidInputs() => new()
    {
        Mixed,
        // A long list of good and malformed records across many buffer refills: order, diagnostics and lines hold.
        "[\n" + string.Join(",\n", Enumerable.Repeat(MixedRecords, 450)) + "\n]",
        Mixed.Replace("\n", "\r\n"),
        "[]",
        "  [ ]  \n",
        "[" + string.Join(",\n", Enumerable.Range(0, 3000).Select(i => $$"""{"id": "r{{i}}", "type": "book", "title": "Title {{i}} – ü"}""")) + "]",
        """[{"id": "big", "type": "book", "title": "{{TITLE}}"}, {"id": "after", "type": "book"}]""".Replace("{{TITLE}}", new string('x', 200_000)),
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void The_streamed_path_reads_what_the_whole_file_path_reads(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var whole = new CslJsonReader().ReadUtf8("refs.json", bytes);

        foreach (var bytesPerRead in new[] { 1, 7, 4096, int.MaxValue })
        {
            var streamed = new CslJsonReader().TryReadStream("refs.json", new TrickleStream(bytes, bytesPerRead));
            Assert.NotNull(streamed);
            Assert.Equal(ReadResultDump.Of(whole), ReadResultDump.Of(streamed));
        }
    }

    [Fact]
    public void Malformed_records_keep_their_lines_and_the_others_are_read()
    {
        var streamed = new CslJsonReader().TryReadStream("refs.json", new MemoryStream(Encoding.UTF8.GetBytes(Mixed)));

        Assert.NotNull(streamed);
        Assert.Equal(["a", "refs-4", "c", "7"], streamed.Records.Select(r => r.Id));
        Assert.Equal([3, 6, 7, 8], streamed.Records.Select(r => r.Source!.Value.Line));
        Assert.Contains(streamed.Diagnostics, d => d.Location?.Line == 4 && d.Message.Contains("no 'type'", StringComparison.Ordinal));
        Assert.Contains(streamed.Diagnostics, d => d.Location?.Line == 5 && d.Message.Contains("record 3 is not an object", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""[{"id": "a", "type": "book"}, {"id": "b" "type": "book"}]""")]
    [InlineData("""[{"id": "a", "type": "book"}""")]
    [InlineData("""[{"id": "a", "type": "book"}] trailing""")]
    [InlineData("""[{"id": "a", "type": "book"}] // a comment after the list""")]
    [InlineData("""{"id": "a", "type": "book"}""")]
    [InlineData("")]
    [InlineData("\"text\"")]
    public void Input_the_streamed_path_does_not_handle_is_left_to_the_whole_file_path(string json) =>
        Assert.Null(new CslJsonReader().TryReadStream("refs.json", new MemoryStream(Encoding.UTF8.GetBytes(json))));

    [Fact]
    public void Invalid_utf8_and_nul_bytes_are_left_to_the_whole_file_path()
    {
        var prefix = Encoding.UTF8.GetBytes("""[{"id": "a", "type": "book", "title": "x""");
        var suffix = Encoding.UTF8.GetBytes("\"}]");
        Assert.Null(new CslJsonReader().TryReadStream("refs.json", new MemoryStream([.. prefix, 0xC3, 0x28, .. suffix])));
        Assert.Null(new CslJsonReader().TryReadStream("refs.json", new MemoryStream([.. prefix, 0x00, .. suffix])));
    }
}
