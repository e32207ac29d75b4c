using System.Text;
using Formatter.Core.Readers;
using Formatter.Diagnostics;

namespace Formatter.Tests.Readers;

/// <summary>BibTeX and RIS files through <see cref="ReaderRegistry"/>: extensions, sniffing and encodings.</summary>
public sealed class ImportFileTests : IDisposable
{
    private const string Bib = "@article{k, title = {Gr\\\"o\\ss e Stra{\\ss}e}, author = {Müller, Jürgen}}\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("formatter-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("refs.bib", "bibtex")]
    [InlineData("refs.bibtex", "bibtex")]
    [InlineData("refs.ris", "ris")]
    public void Extensions_select_the_reader(string name, string format) =>
        Assert.Equal(format, ReaderRegistry.CreateDefault().Select(name, "")!.Format);

    [Fact]
    public void Content_is_sniffed_when_the_extension_says_nothing()
    {
        var registry = ReaderRegistry.CreateDefault();
        Assert.Equal("bibtex", registry.Select("export.dat", Bib)!.Format);
        Assert.Equal("ris", registry.Select("export.dat", "TY  - JOUR\nTI  - T\nER  - \n")!.Format);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void Utf8_and_utf16_with_bom_are_read(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Bib),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Bib)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Bib)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Bib)],
        };
        var path = Path.Combine(_folder, encoding + ".bib");
        File.WriteAllBytes(path, bytes);
        var record = Assert.Single(ReaderRegistry.CreateDefault().ReadFile(path).Records);
        Assert.Equal("Größe Straße", record.Field("title"));
        Assert.Equal("Müller", record.NameList("author")[0].Family);
    }

    [Fact]
    public void Another_encoding_is_a_clear_error_naming_the_file()
    {
        var path = Path.Combine(_folder, "latin1.ris");
        File.WriteAllBytes(path, [.. "TY  - JOUR\nAU  - M"u8, 0xFC, .. "ller, J\nER  - \n"u8]);
        var result = ReaderRegistry.CreateDefault().ReadFile(path);
        Assert.Empty(result.Records);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.StartsWith(path + ":2", error.ToString());
        Assert.Contains("UTF-8", error.Message);
    }
}
