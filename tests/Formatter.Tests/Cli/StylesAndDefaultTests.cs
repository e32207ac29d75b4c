namespace Formatter.Tests.Cli;

public sealed class StylesAndDefaultTests
{
    [Fact]
    public void Styles_with_options_lists_what_each_style_reads_and_its_default()
    {
        var run = CliRun.Of("styles", "--options");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("    --option order=cyrillic-first\n", run.Output);
        Assert.Contains("    --option sort=\"author year title\"\n", run.Output);
        Assert.Contains("    --option terms-by  (no default)\n", run.Output);
    }

    [Fact]
    public void Styles_lists_all_five_ids_with_title_edition_and_plugin()
    {
        var run = CliRun.Of("styles");
        Assert.Equal(0, run.ExitCode);
        foreach (var id in new[] { "apa", "chicago-author-date", "chicago-notes-bibliography", "gost-r-7.0.100-2018", "gost-r-7.0.5-2008" })
            Assert.Contains(id + " ", run.Output);
        Assert.Contains("Formatter.Styles.Chicago", run.Output);
        Assert.Contains("17th", run.Output);
    }

    [Fact]
    public void No_arguments_formats_the_seeds_with_the_default_style_and_says_how_to_choose_another()
    {
        var run = CliRun.Of();
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Batyuk, V. I. (2020). The evolution of the NATO-Russia relations.", run.Output);
        Assert.Contains("--style", run.Errors);
        Assert.Contains("formatter styles", run.Errors);
    }

    [Fact]
    public void Help_and_version_exit_with_0()
    {
        Assert.Contains("formatter format", CliRun.Of("--help").Output);
        Assert.Equal(0, CliRun.Of("--version").ExitCode);
    }
}
