using Formatter.Core.Readers;
using Formatter.Diagnostics;

namespace Formatter.Tests.Readers;

public class ReaderRegistryTests
{
    private static readonly ReaderRegistry Registry = ReaderRegistry.CreateDefault();
    private const string Json = """[{"id": "a", "type": "book", "title": "T"}]""";
    private const string Page = "T\nBibliographic Details\nFormat: Book\n";

    [Theory]
    [InlineData("refs.json", "csl-json")]
    [InlineData("refs.csl.json", "csl-json")]
    [InlineData("page.txt", "seed")]
    public void Extension_picks_the_reader(string fileName, string format) =>
        Assert.Equal(format, Registry.Select(fileName, "")!.Format);

    [Fact]
    public void Content_is_sniffed_when_the_extension_says_nothing()
    {
        Assert.Equal("csl-json", Registry.Select("input", Json)!.Format);
        Assert.Equal("seed", Registry.Select("input.dat", Page)!.Format);
    }

    [Fact]
    public void Unrecognised_input_gives_a_clear_error()
    {
        var result = Registry.Read("notes.md", "just some words");
        Assert.Empty(result.Records);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("notes.md", error.Location?.File);
        Assert.StartsWith("notes.md: error: no reader recognises this input", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_format_wins_and_unknown_format_is_an_error()
    {
        Assert.Single(Registry.Read("x.txt", Json, "csl-json").Records);
        Assert.Contains("unknown input format", Assert.Single(Registry.Read("x", Json, "marc").Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_decodes_and_reads_and_reports_missing_files()
    {
        var path = Path.Combine(Path.GetTempPath(), $"formatter-registry-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, Page);
        try
        {
            var record = Assert.Single(Registry.ReadFile(path).Records);
            Assert.Equal(Path.GetFileNameWithoutExtension(path), record.Id);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.True(Registry.ReadFile(path).HasErrors);
    }
}
