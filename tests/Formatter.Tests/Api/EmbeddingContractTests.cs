using Formatter.Core.Api;
using Formatter.Core.Readers;
using Formatter.Diagnostics;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Api;

/// <summary>What a host embedding the library relies on: a built formatter does not change, and misuse fails by name.</summary>
public sealed class EmbeddingContractTests
{
    private static readonly CitationFormatter Formatter = TestFormatter.Shared;

    private static readonly Record Book = new()
    {
        Id = "b1",
        Type = "book",
        Fields = new Dictionary<string, string> { ["title"] = "A book", ["publisher"] = "Acme" },
    };

    [Fact]
    public void The_readers_of_a_built_formatter_cannot_be_changed()
    {
        var seed = Formatter.Readers.Find("seed")!;

        Assert.True(Formatter.Readers.IsReadOnly);
        var refused = Assert.Throws<InvalidOperationException>(() => Formatter.Readers.Register(seed, ".json"));
        Assert.Contains("FormatterBuilder.AddReader", refused.Message, StringComparison.Ordinal);
        Assert.Same(Formatter.Readers.Find("csl-json"), Formatter.Readers.Select("refs.json", "[]"));
    }

    [Fact]
    public void A_reader_added_to_the_builder_reads_its_extension()
    {
        var formatter = new FormatterBuilder().AddPluginFolder(TestFormatter.PluginFolder)
            .AddReader(ReaderRegistry.CreateDefault().Find("csl-json")!, ".cites").Build();

        var read = formatter.Readers.Read("refs.cites", """[{"id": "x", "type": "book", "title": "T"}]""");

        Assert.Equal("x", Assert.Single(read.Records).Id);
        Assert.True(formatter.Readers.IsReadOnly);
    }

    [Fact]
    public void A_reader_replacing_a_built_in_one_takes_its_extensions()
    {
        var replacement = new EmptyReader("csl-json");
        var formatter = new FormatterBuilder().AddPluginFolder(TestFormatter.PluginFolder).AddReader(replacement).Build();

        Assert.Same(replacement, formatter.Readers.Find("csl-json"));
        Assert.Same(replacement, formatter.Readers.Select("refs.json", "[]"));
        Assert.DoesNotContain(formatter.Readers.Readers, r => r.Format == "csl-json" && !ReferenceEquals(r, replacement));
    }

    [Fact]
    public void The_functions_and_passes_a_plugin_registered_cannot_be_changed()
    {
        var extensions = Formatter.ExtensionsFor("apa")!;
        var before = extensions.Functions.Count;

        Assert.True(extensions.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => extensions.AddFunction("injected", () => "x"));
        Assert.Equal(before, extensions.Functions.Count);
        Assert.True(Formatter.ExtensionsFor("mla")!.IsReadOnly);
    }

    [Fact]
    public void A_style_lists_the_options_it_reads_with_their_defaults()
    {
        var gost = Formatter.FindStyle("gost")!.Options;

        Assert.Equal("cyrillic-first", gost["order"]);
        Assert.Equal("false", gost["numbered"]);
        Assert.True(gost.ContainsKey("terms-by"));
        Assert.False(gost.ContainsKey("sort-names"));
        Assert.Equal("author year title", Formatter.FindStyle("apa")!.Options["sort"]);
    }

    [Fact]
    public void A_list_is_written_to_a_writer_as_to_a_string()
    {
        var list = Formatter.Format([Book], "apa");
        using var output = new StringWriter();

        CitationFormatter.Write(list, "html", output);

        Assert.Equal(CitationFormatter.Write(list, "html"), output.ToString());
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => CitationFormatter.Write(list, "html", null!)).ParamName);
    }

    [Fact]
    public void Null_arguments_are_reported_by_their_own_names()
    {
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => Formatter.Format(null!, "apa")).ParamName);
        Assert.Equal("style", Assert.Throws<ArgumentNullException>(() => Formatter.Format([Book], null!)).ParamName);
        Assert.Equal("idOrAlias", Assert.Throws<ArgumentNullException>(() => Formatter.FindStyle(null!)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentException>(() => Formatter.Format([Book, null!], "apa")).ParamName);
        var list = Formatter.Format([Book], "apa");
        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => CitationFormatter.Write(list, null!)).ParamName);
        Assert.Equal("bibliography", Assert.Throws<ArgumentNullException>(() => CitationFormatter.Write(null!, "text")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => Formatter.Readers.Read(null!, "")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => Formatter.Readers.ReadFile(null!)).ParamName);
    }

    [Fact]
    public void A_problem_of_a_whole_file_is_located_at_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var problem = Assert.Single(Formatter.Readers.ReadFile(path).Diagnostics);

        Assert.Equal(new SourceLocation(path, 0), problem.Location);
        Assert.Equal("file not found", problem.Message);
        Assert.Equal($"{path}: error: file not found", problem.ToString());
    }

    [Theory]
    [InlineData("apa", "numbered", "true", "style 'apa' has no option 'numbered'; it is ignored (its options: collation, punctuation-in-quote, smart-quotes, sort, sort-full-date, sort-names, terms-by)")]
    [InlineData("apa", "sort", "author yaer", "style 'apa', option 'sort': unknown sort key 'yaer' (author, year, title, none); the style's 'author year title' is kept")]
    [InlineData("gost", "et-al-min", "five", "style 'gost-r-7.0.100-2018', option 'et-al-min': must be a whole number, not 'five'; the style's '5' is kept")]
    [InlineData("ieee", "numbered", "yes", "style 'ieee', option 'numbered': must be true or false, not 'yes'; the style's 'true' is kept")]
    [InlineData("mla", "terms-by", "language", "style 'mla', option 'terms-by': must be style, record or script, not 'language'; ignored")]
    public void Options_a_style_cannot_use_are_warnings(string style, string name, string value, string warning)
    {
        var list = Formatter.Format([Book], style, new Dictionary<string, string> { [name] = value });

        var reported = Assert.Single(list.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.RecordId is null);
        Assert.Equal(warning, reported.Message);
        Assert.Single(list.Entries);
    }

    [Theory]
    [InlineData("apa", "sort", "author title year")]
    [InlineData("gost", "order", "latin-first")]
    [InlineData("gost", "numbered", "true")]
    [InlineData("chicago-author-date", "collation", "en-GB")]
    [InlineData("ieee", "smart-quotes", "false")]
    public void Options_a_style_reads_are_taken_without_a_word(string style, string name, string value)
    {
        var list = Formatter.Format([Book], style, new Dictionary<string, string> { [name] = value });

        Assert.DoesNotContain(list.Diagnostics, d => d.RecordId is null);
    }

    /// <summary>A reader of a given format name that reads nothing.</summary>
    private sealed class EmptyReader(string format) : IRecordReader
    {
        public string Format => format;

        public int Sniff(string fileName, string content) => 0;

        public ReadResult Read(string fileName, string content) => new([], []);
    }
}
