using Formatter.Cli;

namespace Formatter.Tests.Cli;

public sealed class FormatCommandTests
{
    private static readonly string Seed = CliRun.Repo("seeds/000_177791495eae5187.txt");
    private const string Journal = "Вестник Московского Университета. Серия XXV: Международные отношения и мировая политика";

    [Theory]
    [InlineData("apa", $"Batyuk, V. I. (2020). The evolution of the NATO-Russia relations. {Journal}. https://fmp.elpub.ru/jour/article/view/33")]
    [InlineData("chicago-author-date", $"Batyuk, V. I. 2020. “The Evolution of the NATO-Russia Relations.” {Journal}. https://fmp.elpub.ru/jour/article/view/33.")]
    [InlineData("chicago-notes-bibliography", $"Batyuk, V. I. “The Evolution of the NATO-Russia Relations.” {Journal}, 2020. https://fmp.elpub.ru/jour/article/view/33.")]
    [InlineData("gost-r-7.0.100-2018", $"Batyuk, V. I. The Evolution of the NATO-Russia Relations / V. I. Batyuk. – Текст : электронный // {Journal}. – 2020. – URL: https://fmp.elpub.ru/jour/article/view/33.")]
    [InlineData("gost", $"Batyuk, V. I. The Evolution of the NATO-Russia Relations / V. I. Batyuk. – Текст : электронный // {Journal}. – 2020. – URL: https://fmp.elpub.ru/jour/article/view/33.")]
    public void The_seed_formats_to_the_guide_entry(string style, string expected)
    {
        var run = CliRun.Of("format", Seed, "--style", style);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected + "\n", run.Output);
    }

    [Fact]
    public void A_missing_input_file_is_an_error_that_does_not_lose_the_other_inputs()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.bib");
        var run = CliRun.Of("format", Seed, missing, "--style", "apa");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Batyuk, V. I. (2020).", run.Output);
        Assert.Contains($"{missing}: error: file not found", run.Errors);
    }

    [Fact]
    public void An_option_the_style_does_not_read_or_a_value_it_cannot_take_is_a_warning()
    {
        var run = CliRun.Of("format", Seed, "--style", "gost", "--option", "ordr=latin-first", "--option", "numbered=yes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: style 'gost-r-7.0.100-2018' has no option 'ordr'; it is ignored (its options: abbreviate,", run.Errors);
        Assert.Contains("warning: style 'gost-r-7.0.100-2018', option 'numbered': must be true or false, not 'yes'; the style's 'false' is kept", run.Errors);
        Assert.DoesNotContain("'order'", run.Errors);
    }

    [Fact]
    public void Gost_warns_on_stderr_that_no_access_date_is_known()
    {
        var run = CliRun.Of("format", Seed, "--style", "gost");
        Assert.Contains("000_177791495eae5187.txt", run.Errors);
        Assert.Contains("warning", run.Errors);
        Assert.Contains("no access date", run.Errors);
        Assert.DoesNotContain("дата обращения:", run.Output);
    }

    [Fact]
    public void Problems_are_written_reading_first_and_quiet_keeps_only_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"problems-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            [
             {"id": "W1", "type": "book", "language": "en", "title": "The Evolution Of Modern Relations In Europe", "publisher": "Acme", "issued": {"date-parts": [[2001]]}},
             {"id": "E1", "type": "book", "title": tru}
            ]
            """);
        try
        {
            var run = CliRun.Of("format", path, "--style", "apa");
            var quiet = CliRun.Of("format", path, "--style", "apa", "--quiet");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(1, quiet.ExitCode);
            var lines = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(": error: JSON syntax error", lines[0]);
            Assert.Contains(": warning: [W1] title: title in headline case", lines[^1]);
            Assert.DoesNotContain("warning", quiet.Errors);
            Assert.Contains(": error: JSON syntax error", quiet.Errors);
            Assert.Equal(run.Output, quiet.Output);
            Assert.StartsWith("The evolution of modern relations in Europe. (2001). Acme.", run.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("apa", true)]
    [InlineData("chicago-author-date", true)]
    [InlineData("chicago-notes-bibliography", true)]
    [InlineData("gost-r-7.0.100-2018", false)]
    public void Html_puts_the_journal_in_italics_except_for_gost(string style, bool italic)
    {
        var run = CliRun.Of("format", Seed, "--style", style, "--format", "html");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(italic, run.Output.Contains($"<i>{Journal}</i>", StringComparison.Ordinal));
        Assert.Contains("<div class=\"csl-entry\">", run.Output);
    }

    [Fact]
    public void Json_lists_id_text_and_html_per_entry()
    {
        var run = CliRun.Of("format", Seed, "--style", "apa", "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var entry = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("000_177791495eae5187", entry.GetProperty("id").GetString());
        Assert.StartsWith("Batyuk, V. I. (2020).", entry.GetProperty("text").GetString());
        Assert.Contains("<i>", entry.GetProperty("html").GetString());
        Assert.Equal("(Batyuk, 2020)", entry.GetProperty("citation").GetString());
    }

    [Fact]
    public void Markdown_italicises_with_asterisks()
    {
        var run = CliRun.Of("format", Seed, "--style", "apa", "--format", "markdown");
        Assert.Contains($"*{Journal}*", run.Output);
    }

    [Fact]
    public void Output_option_writes_a_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"formatter-{Guid.NewGuid():N}.txt");
        try
        {
            var run = CliRun.Of("format", Seed, "--style", "apa", "--output", file);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.StartsWith("Batyuk, V. I. (2020).", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("format")]
    [InlineData("format", "seeds", "--style", "no-such-style")]
    [InlineData("format", "seeds", "--format", "docx")]
    [InlineData("format", "seeds", "--option", "novalue")]
    [InlineData("frobnicate")]
    [InlineData("format", "seeds", "--unknown")]
    public void Usage_errors_exit_with_2_and_a_hint(params string[] args)
    {
        var fixedArgs = args.Select(a => a == "seeds" ? CliRun.Repo("seeds") : a).ToArray();
        var run = CliRun.Of(fixedArgs);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("formatter: ", run.Errors);
        Assert.Contains("--help", run.Errors);
        Assert.DoesNotContain("   at ", run.Errors);
    }

    [Fact]
    public void A_run_that_fails_on_its_input_leaves_no_work_behind()
    {
        // The style is prepared on a thread of its own while the input is found and read. A run that fails after its
        // input was read (here on an unknown output format) has waited for that thread, so what it reports (here a
        // plugin folder that does not exist) is written before the command returns, and nothing is written after.
        var errors = new LockedStringWriter();
        var missingFolder = Path.Combine(Path.GetTempPath(), $"no-plugins-{Guid.NewGuid():N}");
        var code = CliApplication.Run(["format", Seed, "--format", "docx", "--plugins", missingFolder], new StringWriter(), errors);
        var atReturn = errors.ToString();
        Thread.Sleep(300);
        Assert.Equal(2, code);
        Assert.Contains($"plugin folder '{missingFolder}' does not exist", atReturn);
        Assert.Contains("unknown format 'docx'", atReturn);
        Assert.Equal(atReturn, errors.ToString());
    }
}
