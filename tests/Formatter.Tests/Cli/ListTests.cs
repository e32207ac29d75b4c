namespace Formatter.Tests.Cli;

/// <summary>Several records in one CSL-JSON file: one entry each, in the order the style requires; bad records reported.</summary>
public sealed class ListTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("formatter-list-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private const string ThreeBooks = """
        [
          { "id": "z", "type": "book", "title": "Zebras", "author": [{ "family": "Young", "given": "Anna" }], "issued": { "date-parts": [[2001]] }, "publisher": "P" },
          { "id": "a2", "type": "book", "title": "Later work", "author": [{ "family": "Adams", "given": "Bea" }], "issued": { "date-parts": [[2010]] }, "publisher": "P" },
          { "id": "a1", "type": "book", "title": "Earlier work", "author": [{ "family": "Adams", "given": "Bea" }], "issued": { "date-parts": [[2005]] }, "publisher": "P" }
        ]
        """;

    [Theory]
    [InlineData("apa", "a1,a2,z")]
    [InlineData("chicago-author-date", "a1,a2,z")]
    [InlineData("chicago-notes-bibliography", "a1,a2,z")]
    public void Each_record_gives_one_entry_sorted_by_the_style(string style, string order)
    {
        var run = CliRun.Of("format", Write("books.json", ThreeBooks), "--style", style, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString());
        Assert.Equal(order, string.Join(",", ids));
    }

    [Fact]
    public void Apa_gives_year_suffixes_to_same_author_same_year()
    {
        var records = """
            [
              { "id": "b", "type": "book", "title": "Beta", "author": [{ "family": "Okafor", "given": "Chidi" }], "issued": { "date-parts": [[2021]] } },
              { "id": "a", "type": "book", "title": "Alpha", "author": [{ "family": "Okafor", "given": "Chidi" }], "issued": { "date-parts": [[2021]] } }
            ]
            """;
        var run = CliRun.Of("format", Write("okafor.json", records), "--style", "apa");
        Assert.Equal("Okafor, C. (2021a). Alpha.\nOkafor, C. (2021b). Beta.\n", run.Output);
    }

    [Fact]
    public void Chicago_replaces_a_repeated_author_with_a_three_em_dash()
    {
        var run = CliRun.Of("format", Write("adams.json", ThreeBooks), "--style", "chicago-notes-bibliography");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Adams, Bea. ", lines[0]);
        Assert.StartsWith("———. ", lines[1]);
        Assert.StartsWith("Young, Anna. ", lines[2]);
    }

    [Fact]
    public void A_bad_record_is_reported_with_file_and_line_and_the_others_are_still_printed()
    {
        var records = """
            [
              { "id": "ok", "type": "book", "title": "Good", "author": [{ "family": "Lund", "given": "Erik" }], "issued": { "date-parts": [[2022]] } },
              { "id": "bad", "title": "No type here" },
              { "id": "ok2", "type": "book", "title": "Also good", "author": [{ "family": "Berg", "given": "Eva" }] }
            ]
            """;
        var path = Write("mixed.json", records);
        var run = CliRun.Of("format", path, "--style", "apa");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mixed.json:3", run.Errors);
        Assert.Contains("Lund, E. (2022).", run.Output);
        Assert.Contains("Berg, E. (n.d.).", run.Output);
    }

    [Fact]
    public void A_folder_formats_every_readable_file_in_it()
    {
        Write("one.json", ThreeBooks);
        File.Copy(CliRun.Repo("seeds/000_177791495eae5187.txt"), Path.Combine(_folder, "seed.txt"));
        var run = CliRun.Of("format", _folder, "--style", "apa");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
