using System.Diagnostics;
using Formatter.Cli;
using Formatter.Tests.Plugins;

namespace Formatter.Tests.Cli;

/// <summary>new-style, check-style, test-style and watch, run in-process as a style author would.</summary>
public sealed class AuthoringCommandTests
{
    [Fact]
    public void New_style_writes_a_template_only_style_whose_fixture_passes_and_that_checks_clean()
    {
        using var temp = new TempStyleFolder();
        var dir = Path.Combine(temp.Root, "my-style");

        var created = CliRun.Of("new-style", "my-style", "--output", dir, "--title", "My Style");
        Assert.Equal(0, created.ExitCode);
        foreach (var file in new[] { "style.json", "bibliography.sbn", "citation.sbn", "fixtures/example.fixture", "README.md" })
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        Assert.Contains("\"title\": \"My Style\"", File.ReadAllText(Path.Combine(dir, "style.json")));

        var tested = CliRun.Of("test-style", dir);
        Assert.True(tested.ExitCode == 0, tested.Output + tested.Errors);
        Assert.Contains("PASS fixtures/example.fixture", tested.Output);
        Assert.Contains("1 passed, 0 failed", tested.Output);

        var checkedStyle = CliRun.Of("check-style", dir);
        Assert.Equal(0, checkedStyle.ExitCode);
        Assert.Contains("my-style: 0 error(s), 0 warning(s)", checkedStyle.Output);
    }

    [Fact]
    public void New_style_refuses_a_bad_id_and_a_folder_that_is_not_empty()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Of("new-style", "My Style!").ExitCode);
        using var temp = new TempStyleFolder();
        File.WriteAllText(Path.Combine(temp.Root, "keep.txt"), "mine");
        var run = CliRun.Of("new-style", "x", "--output", temp.Root);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("not empty", run.Errors);
    }

    [Fact]
    public void Test_style_prints_a_failing_fixture_with_expected_actual_and_the_first_difference_and_exits_1()
    {
        using var temp = new TempStyleFolder();
        var dir = Path.Combine(temp.Root, "s");
        CliRun.Of("new-style", "s", "--output", dir);
        var bibliography = Path.Combine(dir, "bibliography.sbn");
        File.WriteAllText(bibliography, File.ReadAllText(bibliography).Replace("join '. '", "join '; '", StringComparison.Ordinal));

        var run = CliRun.Of("test-style", dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL fixtures/example.fixture", run.Output);
        Assert.Contains("- A history of maps. (2019). Atlas Press.", run.Output);
        Assert.Contains("+ A history of maps; (2019); Atlas Press.", run.Output);
        Assert.Contains("^ first difference (column 18)", run.Output);
        Assert.Contains("0 passed, 1 failed", run.Output);
    }

    [Fact]
    public void Test_style_runs_the_fixtures_of_our_own_styles()
    {
        var run = CliRun.Of("test-style", CliRun.Repo("styles/mla"));
        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.DoesNotContain("FAIL", run.Output);
        var ieee = CliRun.Of("test-style", CliRun.Repo("styles/ieee"));
        Assert.True(ieee.ExitCode == 0, ieee.Output + ieee.Errors);
    }

    [Fact]
    public void Check_style_reports_file_line_column_and_exits_1_on_errors()
    {
        using var temp = new TempStyleFolder();
        var dir = temp.AddStyle("bad", "bad", new Dictionary<string, string> { ["bibliography.sbn"] = "{{ r.title }}\n{{ r.container }}" });

        var run = CliRun.Of("check-style", dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.Combine(dir, "bibliography.sbn")}:2:6: error: r.container is not a CSL variable", run.Output);
        Assert.Contains("bad: 1 error(s), 0 warning(s)", run.Output);
    }

    [Fact]
    public void Check_style_knows_the_functions_of_the_plugin_a_compiled_style_belongs_to()
    {
        var run = CliRun.Of("check-style", CliRun.Repo("styles/ieee"));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("with the functions of plugin 'Formatter.Styles.Ieee'", run.Output);
    }

    [Fact]
    public async Task Watch_renders_again_after_a_template_is_saved()
    {
        using var temp = new TempStyleFolder();
        var dir = temp.AddStyle("w", "w", new Dictionary<string, string> { ["bibliography.sbn"] = "first: {{ r.title }}" });
        var records = Path.Combine(temp.Root, "refs.json");
        File.WriteAllText(records, """[{ "id": "a", "type": "book", "title": "Tides" }]""");
        var output = new LockedStringWriter();
        var errors = new LockedStringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var watch = Task.Run(() => CliApplication.Run(["watch", "--style-dir", dir, records], output, errors, stop.Token));
        await Until(() => errors.ToString().Contains("watch: watching", StringComparison.Ordinal), "the first render");
        Assert.Contains("first: Tides", output.ToString());

        // Save until the watcher reports (the first save can race the watcher's start on slow machines).
        var deadline = Stopwatch.StartNew();
        while (!output.ToString().Contains("second: Tides", StringComparison.Ordinal))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "no re-render after saving the template:\n" + errors);
            File.WriteAllText(Path.Combine(dir, "bibliography.sbn"), "second: {{ r.title }}");
            await Until(() => output.ToString().Contains("second: Tides", StringComparison.Ordinal), "the re-render", TimeSpan.FromSeconds(2), fail: false);
        }
        Assert.Contains("watch: changed bibliography.sbn", errors.ToString());

        await stop.CancelAsync();
        Assert.Equal(0, await watch.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Watch_shows_a_template_error_and_recovers_on_the_next_save()
    {
        using var temp = new TempStyleFolder();
        var dir = temp.AddStyle("w", "w", new Dictionary<string, string> { ["bibliography.sbn"] = "ok: {{ r.title }}" });
        var records = Path.Combine(temp.Root, "refs.json");
        File.WriteAllText(records, """[{ "id": "a", "type": "book", "title": "Tides" }]""");
        var output = new LockedStringWriter();
        var errors = new LockedStringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var watch = Task.Run(() => CliApplication.Run(["watch", "--style-dir", dir, records], output, errors, stop.Token));
        await Until(() => errors.ToString().Contains("watch: watching", StringComparison.Ordinal), "the first render");

        await SaveUntil(Path.Combine(dir, "bibliography.sbn"), "{{ if }}", () => errors.ToString().Contains("did not load", StringComparison.Ordinal) || errors.ToString().Contains("error:", StringComparison.Ordinal));
        await SaveUntil(Path.Combine(dir, "bibliography.sbn"), "fixed: {{ r.title }}", () => output.ToString().Contains("fixed: Tides", StringComparison.Ordinal));

        await stop.CancelAsync();
        Assert.Equal(0, await watch.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Help_lists_the_authoring_commands()
    {
        var help = CliRun.Of("--help").Output;
        foreach (var command in new[] { "new-style <id> [--compiled]", "check-style <dir>", "test-style <dir>", "watch --style-dir <dir>" })
            Assert.Contains(command, help);
    }

    [Fact]
    public void Watch_needs_a_style_folder_and_records()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Of("watch", "refs.json").ExitCode);
        using var temp = new TempStyleFolder();
        Assert.Equal(ExitCodes.Usage, CliRun.Of("watch", "--style-dir", temp.Root).ExitCode);
    }

    [SkippableFact]
    public void A_compiled_scaffold_builds_against_the_contract_alone_and_its_fixture_passes_with_the_plugin()
    {
        Skip.If(Environment.GetEnvironmentVariable("FORMATTER_SKIP_SCAFFOLD_BUILD") == "1", "FORMATTER_SKIP_SCAFFOLD_BUILD=1");
        using var temp = new TempStyleFolder();
        var dir = Path.Combine(temp.Root, "plugin");
        Assert.Equal(0, CliRun.Of("new-style", "caps-style", "--compiled", "--output", dir).ExitCode);
        var project = Assert.Single(Directory.GetFiles(dir, "*.csproj"));
        Assert.EndsWith("Formatter.Styles.CapsStyle.csproj", project);
        Assert.DoesNotContain("ProjectReference", File.ReadAllText(project));

        var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-nologo", "-v", "q", "--disable-build-servers", "-nodeReuse:false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dir,
        })!;
        var log = build.StandardOutput.ReadToEndAsync();
        Assert.True(build.WaitForExit(TimeSpan.FromMinutes(4)), "dotnet build timed out");
        Assert.True(build.ExitCode == 0, log.Result + build.StandardError.ReadToEnd());
        var outDir = Path.Combine(dir, "out", "Formatter.Styles.CapsStyle");
        Assert.True(File.Exists(Path.Combine(outDir, "Formatter.Styles.CapsStyle.dll")));
        Assert.False(File.Exists(Path.Combine(outDir, "Formatter.Abstractions.dll")), "the contract must not be copied into the plugin");

        var run = CliRun.Of("test-style", Path.Combine(dir, "styles", "caps-style"), "--plugins", Path.Combine(dir, "out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Contains("1 passed, 0 failed", run.Output);
    }

    private static async Task SaveUntil(string file, string text, Func<bool> done)
    {
        var deadline = Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), $"no reaction to saving {file}");
            await File.WriteAllTextAsync(file, text);
            await Until(done, "a reaction", TimeSpan.FromSeconds(2), fail: false);
        }
    }

    private static async Task Until(Func<bool> condition, string what, TimeSpan? timeout = null, bool fail = true)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(20)))
            {
                Assert.False(fail, $"timed out waiting for {what}");
                return;
            }
            await Task.Delay(25);
        }
    }
}
