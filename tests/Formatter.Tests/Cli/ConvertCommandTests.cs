using System.Text.Json.Nodes;
using Formatter.Cli;

namespace Formatter.Tests.Cli;

/// <summary><c>formatter convert</c> run in-process: CSL-JSON out, unknown fields kept, skipped entries reported with exit 1.</summary>
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("formatter-convert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_broken_entry_is_skipped_reported_with_line_column_and_key_and_the_rest_is_written()
    {
        var bib = Write("refs.bib", """
            @article{good1,
              author = {Knuth, Donald E.},
              title = {{TeX} and {METAFONT}},
              year = 1979,
              mrclass = {68U15},
            }

            @book{broken,
              title = {Unclosed,
              year = 2000
            }

            @misc{good2, title = {Second}}
            """);
        var (code, output, errors) = Run("convert", bib, "--to", "csl-json");

        Assert.Equal(ExitCodes.PartialFailure, code);
        var records = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(["good1", "good2"], records.Select(r => (string)r!["id"]!));
        Assert.Equal("68U15", (string)records[0]!["mrclass"]!);
        Assert.Equal("Knuth", (string)records[0]!["author"]![0]!["family"]!);
        Assert.Contains($"{bib}:9:11: error: [broken] title:", errors);
    }

    [Fact]
    public void Ris_converts_cleanly_to_a_file()
    {
        var ris = Write("refs.ris", "TY  - JOUR\r\nAU  - Doe, Jane\r\nTI  - A title\r\nPY  - 2020/05/17/\r\nXX  - kept\r\nER  - \r\n");
        var target = Path.Combine(_folder, "out.json");
        var (code, output, errors) = Run("convert", ris, "--to", "csl-json", "--output", target);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", output);
        Assert.Equal("", errors);
        var record = JsonNode.Parse(File.ReadAllText(target))!.AsArray().Single()!;
        Assert.Equal("article-journal", (string)record["type"]!);
        Assert.Equal("kept", (string)record["XX"]!);
        Assert.Equal("[[2020,5,17]]", record["issued"]!["date-parts"]!.ToJsonString());
    }

    [Fact]
    public void A_missing_input_is_reported_and_the_other_inputs_are_converted()
    {
        var bib = Write("one.bib", "@misc{a, title={A}}");
        var missing = Path.Combine(_folder, "missing.bib");

        var (code, output, errors) = Run("convert", bib, missing, "--to", "csl-json");

        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.Equal("a", (string)System.Text.Json.Nodes.JsonNode.Parse(output)!.AsArray().Single()!["id"]!);
        Assert.Contains($"{missing}: error: file not found", errors);
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("convert", "{file}")]
    [InlineData("convert", "{file}", "--to", "bibtex")]
    [InlineData("convert", "{file}", "--to", "csl-json", "--style", "apa")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var file = Write("one.bib", "@misc{a, title={A}}");
        var (code, _, errors) = Run(args.Select(a => a.Replace("{file}", file, StringComparison.Ordinal)).ToArray());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("formatter: ", errors);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = CliApplication.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
