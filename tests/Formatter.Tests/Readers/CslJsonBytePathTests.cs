using System.Text;
using Formatter.Core.Readers;
using Formatter.Core.Readers.CslJson;

namespace Formatter.Tests.Readers;

/// <summary>
/// A CSL-JSON file is parsed from its UTF-8 bytes (no text copy); the result must be the one the text path gives:
/// same records, same diagnostics with the same lines, with or without a BOM.
/// </summary>
public sealed class CslJsonBytePathTests : IDisposable
{
    private const string Json = """
        [
          {"id": "a", "type": "book", "title": "Über “quoted” titles", "author": [{"family": "Née", "given": "Zoë"}], "issued": {"date-parts": [[2020]]}},
          {"id": "b", "title": "no type"},
          {"id": "c", "type": "article-journal", "title": "Second", "custom": {"x": [1, 2]}}
        ]
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("csljson-bytes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_byte_path_reads_what_the_text_path_reads(bool withBom)
    {
        var path = Path.Combine(_folder, "refs.json");
        File.WriteAllText(path, Json, new UTF8Encoding(withBom));

        var fromFile = ReaderRegistry.CreateDefault().ReadFile(path);
        var fromText = new CslJsonReader().Read(path, Json);

        Assert.Equal(2, fromFile.Records.Count);
        Assert.Equal(Dump(fromText), Dump(fromFile));
        var error = Assert.Single(fromFile.Diagnostics, d => d.Severity == Formatter.Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal(3, error.Location?.Line);
    }

    private static string Dump(ReadResult result) =>
        new CslJsonRecordWriter().Write(result.Records) + "\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
}
