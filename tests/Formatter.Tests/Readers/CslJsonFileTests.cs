using System.Text;
using Formatter.Core.Readers;
using Formatter.Core.Readers.CslJson;

namespace Formatter.Tests.Readers;

/// <summary>
/// A CSL-JSON file is read from its UTF-8 bytes (streamed record by record, or whole when the streamed path leaves it
/// to that path; no text copy either way); the result must be the one the text path gives: same records, same
/// diagnostics with the same lines, with or without a BOM.
/// </summary>
public sealed class CslJsonFileTests : IDisposable
{
    private const string Json = """
        [
          {"id": "a", "type": "book", "title": "Über “quoted” titles", "author": [{"family": "Née", "given": "Zoë"}], "issued": {"date-parts": [[2020]]}},
          {"id": "b", "title": "no type"},
          {"id": "c", "type": "article-journal", "title": "Second", "custom": {"x": [1, 2]}}
        ]
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("csljson-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_reads_what_its_text_reads(bool withBom)
    {
        var path = Path.Combine(_folder, "refs.json");
        File.WriteAllText(path, Json, new UTF8Encoding(withBom));

        var fromFile = ReaderRegistry.CreateDefault().ReadFile(path);
        var fromText = new CslJsonReader().Read(path, Json);

        Assert.Equal(2, fromFile.Records.Count);
        Assert.Equal(ReadResultDump.Of(fromText), ReadResultDump.Of(fromFile));
        var error = Assert.Single(fromFile.Diagnostics, d => d.Severity == Formatter.Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal(3, error.Location?.Line);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_with_or_without_bom_reads_as_its_text(bool withBom)
    {
        var path = Path.Combine(_folder, "refs.json");
        File.WriteAllText(path, CslJsonStreamPathTests.Mixed, new UTF8Encoding(withBom));

        Assert.Equal(ReadResultDump.Of(new CslJsonReader().Read(path, CslJsonStreamPathTests.Mixed)), ReadResultDump.Of(ReaderRegistry.CreateDefault().ReadFile(path)));
    }

    [Fact]
    public void A_syntax_error_is_reported_by_the_whole_file_path_with_its_line_and_the_records_before_it()
    {
        var path = Path.Combine(_folder, "refs.json");
        const string json = "[\n{\"id\": \"a\", \"type\": \"book\"},\n{\"id\": \"b\" \"type\": \"book\"}\n]";
        File.WriteAllText(path, json);

        var read = ReaderRegistry.CreateDefault().ReadFile(path);

        Assert.Equal(ReadResultDump.Of(new CslJsonReader().Read(path, json)), ReadResultDump.Of(read));
        Assert.Equal("a", Assert.Single(read.Records).Id);
        Assert.Equal(3, Assert.Single(read.Diagnostics).Location?.Line);
    }

    [Fact]
    public void A_utf16_file_is_decoded_as_before()
    {
        var path = Path.Combine(_folder, "refs.json");
        File.WriteAllText(path, CslJsonStreamPathTests.Mixed, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        Assert.Equal(ReadResultDump.Of(new CslJsonReader().Read(path, CslJsonStreamPathTests.Mixed)), ReadResultDump.Of(ReaderRegistry.CreateDefault().ReadFile(path)));
    }
}
