using Formatter.Core.Api;
using Formatter.Diagnostics;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Plugins;

public sealed class PluginHostTests
{
    private static readonly Record Book = new()
    {
        Id = "b1",
        Type = "book",
        Fields = new Dictionary<string, string> { ["title"] = "A title" },
    };

    [Fact]
    public void A_plugin_folder_that_holds_no_style_says_so()
    {
        using var temp = new TempStyleFolder();
        Directory.CreateDirectory(Path.Combine(temp.Root, "notes"));

        var formatter = new FormatterBuilder().AddPluginFolder(temp.Root).Build();

        Assert.Empty(formatter.Styles);
        var warning = Assert.Single(formatter.LoadDiagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith($"plugin folder '{temp.Root}' holds no style", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_folder_whose_plugins_are_already_loaded_says_so()
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("mla", "another-mla", new Dictionary<string, string> { ["bibliography.sbn"] = "{{ r.title }}" });

        var formatter = new FormatterBuilder().AddPluginFolder(TestFormatter.PluginFolder).AddPluginFolder(temp.Root + Path.DirectorySeparatorChar).Build();

        Assert.Null(formatter.FindStyle("another-mla"));
        var warning = Assert.Single(formatter.LoadDiagnostics, d => d.Message.Contains(temp.Root, StringComparison.Ordinal));
        Assert.EndsWith("adds nothing: mla is already loaded from a folder listed before it", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_folder_with_a_style_gives_no_warning() =>
        Assert.DoesNotContain(TestFormatter.Shared.LoadDiagnostics, d => d.Message.Contains("holds no style", StringComparison.Ordinal));

    [Fact]
    public void The_plugins_load_from_the_folder_next_to_the_app_with_their_seven_styles()
    {
        var formatter = TestFormatter.Shared;
        Assert.DoesNotContain(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(
            ["apa", "chicago-author-date", "chicago-notes-bibliography", "gost-r-7.0.100-2018", "gost-r-7.0.5-2008", "ieee", "mla"],
            formatter.Styles.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal("gost-r-7.0.100-2018", formatter.FindStyle("gost")?.Id);
    }

    [Fact]
    public void A_plugin_with_a_broken_assembly_is_reported_by_name_and_skipped_while_the_others_load()
    {
        using var temp = new TempStyleFolder();
        var broken = Path.Combine(temp.Root, "Broken.Plugin");
        Directory.CreateDirectory(broken);
        File.WriteAllBytes(Path.Combine(broken, "Broken.Plugin.dll"), "MZ this is not an assembly"u8.ToArray());
        File.WriteAllText(Path.Combine(broken, "style.json"), """{ "id": "broken", "title": "B", "templates": { "bibliography": "b.sbn" } }""");
        temp.AddStyle("Good.Style", "good", new Dictionary<string, string> { ["bibliography.sbn"] = "{{ r.title }}" });

        var formatter = new FormatterBuilder().AddPluginFolder(temp.Root).AddPluginFolder(TestFormatter.PluginFolder).Build();

        var error = Assert.Single(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("plugin 'Broken.Plugin' was skipped", error.Message);
        Assert.Null(formatter.FindStyle("broken"));
        Assert.NotNull(formatter.FindStyle("good"));
        Assert.NotNull(formatter.FindStyle("apa"));
    }

    [Fact]
    public void A_template_only_style_loads_and_renders_without_any_assembly()
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("plain", "plain", new Dictionary<string, string> { ["bibliography.sbn"] = "{{ italic r.title }}." });
        var formatter = new FormatterBuilder().AddPluginFolder(temp.Root).Build();
        var list = formatter.Format([Book], "plain");
        Assert.Equal("<i>A title</i>.", Formatter.Core.Writers.HtmlRenderer.Instance.Render(Assert.Single(list.Entries).Text));
    }

    [Fact]
    public void A_missing_plugin_folder_is_a_warning_not_a_failure()
    {
        var formatter = new FormatterBuilder().AddPluginFolder("/no/such/folder").AddPluginFolder(TestFormatter.PluginFolder).Build();
        Assert.Contains(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("/no/such/folder"));
        Assert.Equal(7, formatter.Styles.Count);
    }

    [Fact]
    public void An_invalid_manifest_is_reported_with_its_file_and_line()
    {
        using var temp = new TempStyleFolder();
        var dir = Path.Combine(temp.Root, "bad");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "style.json"), "{\n  \"id\": \"bad\",\n  \"title\": \n}");
        var formatter = new FormatterBuilder().AddPluginFolder(temp.Root).Build();
        var error = Assert.Single(formatter.LoadDiagnostics);
        Assert.EndsWith("style.json", error.Location?.File);
        Assert.Equal(4, error.Location?.Line);
    }

    [Fact]
    public void No_Roslyn_assembly_ships_with_the_app_or_any_plugin()
    {
        var folders = new List<string> { AppContext.BaseDirectory };
        folders.AddRange(Directory.GetDirectories(TestFormatter.PluginFolder));
        var cliBin = Path.Combine(SharedData.RepoRoot, "src", "Formatter.Cli", "bin");
        if (Directory.Exists(cliBin)) folders.Add(cliBin);
        foreach (var folder in folders)
        {
            var roslyn = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f).StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
                    || (f.EndsWith(".deps.json", StringComparison.Ordinal) && !f.Contains("Formatter.Tests", StringComparison.Ordinal) && File.ReadAllText(f).Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)))
                .ToList();
            Assert.True(roslyn.Count == 0, $"Roslyn found in {folder}: {string.Join(", ", roslyn)}");
        }
        Assert.True(Directory.GetDirectories(TestFormatter.PluginFolder).Length >= 3);
    }

    [Fact]
    public void Plugins_do_not_carry_their_own_copy_of_the_contract()
    {
        foreach (var plugin in Directory.GetDirectories(TestFormatter.PluginFolder))
            Assert.False(File.Exists(Path.Combine(plugin, "Formatter.Abstractions.dll")), plugin);
    }
}
