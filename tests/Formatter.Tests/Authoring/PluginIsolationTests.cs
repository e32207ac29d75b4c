using Formatter.Core.Api;
using Formatter.Core.Writers;
using Formatter.Diagnostics;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Authoring;

/// <summary>
/// The plugin host's promises, proved with real plugins built for the purpose (tests/TestPlugins): a plugin built against
/// another contract, or one that throws while loading or rendering, is reported by name and takes nothing else down;
/// two plugins that depend on different versions of one library both load and each gets its own version.
/// </summary>
public sealed class PluginIsolationTests
{
    private static Record Book(string id, string title) => new()
    {
        Id = id,
        Type = "book",
        Fields = new Dictionary<string, string> { ["title"] = title },
    };

    private static string Text(FormattedBibliography list) =>
        string.Join("\n", list.Entries.Select(e => PlainTextRenderer.Instance.Render(e.Text)));

    [Fact]
    public void A_plugin_built_against_another_contract_major_is_refused_by_name_and_the_rest_loads()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("FutureContractPlugin", "future", "{{ from_the_future }}");
        root.AddStyle("plain", "plain", "{{ r.title }}.");

        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).AddPluginFolder(TestFormatter.PluginFolder).Build();

        var error = Assert.Single(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("plugin 'FutureContractPlugin' was skipped", error.Message);
        Assert.Contains("built against contract 2.0.0", error.Message);
        Assert.EndsWith("FutureContractPlugin.dll", error.Location?.File);
        Assert.Null(formatter.FindStyle("future"));
        Assert.Equal("A.", Text(formatter.Format([Book("b", "A")], "plain")));
        Assert.NotNull(formatter.FindStyle("apa"));
    }

    [Fact]
    public void A_plugin_built_against_a_newer_minor_contract_than_the_host_is_refused()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("NewerMinorContractPlugin", "newer", "{{ from_a_newer_minor }}");

        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).Build();

        var error = Assert.Single(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("plugin 'NewerMinorContractPlugin' was skipped: built against contract 1.5.0, newer than the host's 1.0.0", error.Message);
        Assert.Null(formatter.FindStyle("newer"));
    }

    [Fact]
    public void The_plugins_that_ship_are_built_against_the_hosts_contract()
    {
        Assert.Equal(1, Formatter.Plugins.ContractInfo.MajorVersion);
        Assert.DoesNotContain(TestFormatter.Shared.LoadDiagnostics, d => d.Message.Contains("contract", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plugin_that_throws_while_registering_is_reported_with_the_exception_and_skipped()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("ThrowsOnLoadPlugin", "broken", "{{ r.title }}");
        root.AddStyle("plain", "plain", "{{ r.title }}.");

        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).Build();

        var error = Assert.Single(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("plugin 'ThrowsOnLoadPlugin' was skipped: InvalidOperationException: the plugin failed while registering", error.Message);
        Assert.Null(formatter.FindStyle("broken"));
        Assert.NotNull(formatter.FindStyle("plain"));
    }

    [Fact]
    public void A_plugin_function_that_throws_fails_only_its_record_and_names_the_plugin()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("ThrowsOnRenderPlugin", "fragile", "{{ explode_on r.title 'Bad' }}.");
        root.AddStyle("plain", "plain", "{{ r.title }}.");
        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).AddPluginFolder(TestFormatter.PluginFolder).Build();

        var list = formatter.Format([Book("g1", "Good"), Book("b1", "Bad"), Book("g2", "Fine")], "fragile");

        Assert.Equal("Good.\nFine.", Text(list));
        var error = Assert.Single(list.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("b1", error.RecordId);
        Assert.Contains("plugin 'ThrowsOnRenderPlugin' failed while rendering (function 'explode_on')", error.Message);
        Assert.Contains("KeyNotFoundException: the plugin function failed on 'Bad'", error.Message);
        // The host and the other styles carry on.
        Assert.Equal("Good.", Text(formatter.Format([Book("g1", "Good")], "plain")));
        Assert.Single(formatter.Format([Book("g1", "Good")], "apa").Entries);
        Assert.Equal("Good.", Text(formatter.Format([Book("g1", "Good")], "fragile")));
    }

    [Fact]
    public void A_plugin_function_that_always_throws_leaves_every_record_reported_and_none_crashing()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("ThrowsOnRenderPlugin", "fragile", "{{ explode r.title }}");
        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).Build();

        var records = Enumerable.Range(0, 300).Select(i => Book("r" + i, "T" + i)).ToList(); // long enough to render in parallel
        var list = formatter.Format(records, "fragile");

        Assert.Empty(list.Entries);
        Assert.Equal(300, list.Diagnostics.Count(d => d.Message.Contains("plugin 'ThrowsOnRenderPlugin' failed while rendering (function 'explode'): NullReferenceException")));
    }

    [Fact]
    public void List_passes_that_throw_are_reported_with_the_pass_and_plugin_and_the_entries_still_render()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("ThrowsOnRenderPlugin", "fragile", "{{ r.title }}.", """, "passes": ["explode-before", "explode-after"]""");
        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).Build();

        var list = formatter.Format([Book("a", "A"), Book("b", "B")], "fragile");

        Assert.Equal("A.\nB.", Text(list));
        Assert.Contains(list.Diagnostics, d => d.Message == "style 'fragile': list pass 'explode-before' of plugin 'ThrowsOnRenderPlugin' failed: IndexOutOfRangeException: the plugin pass failed BeforeRender");
        Assert.Contains(list.Diagnostics, d => d.Message.Contains("list pass 'explode-after' of plugin 'ThrowsOnRenderPlugin' failed"));
    }

    [Fact]
    public void Two_plugins_depending_on_different_versions_of_one_library_both_load_and_each_gets_its_own()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("UsesDependencyV1Plugin", "v1", "{{ dependency_v1 }}");
        root.AddPlugin("UsesDependencyV2Plugin", "v2", "{{ dependency_v2 }}");
        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).Build();

        Assert.DoesNotContain(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("dependency 1 (1.0.0.0)", Text(formatter.Format([Book("a", "A")], "v1")));
        Assert.Equal("DEPENDENCY 2! (2.0.0.0)", Text(formatter.Format([Book("a", "A")], "v2")));
        // Both at once, in either order, from one host.
        Assert.Equal("dependency 1 (1.0.0.0)", Text(formatter.Format([Book("a", "A")], "v1")));
    }

    [Fact]
    public void A_plugin_folder_that_carries_its_own_copy_of_the_contract_still_shares_the_hosts()
    {
        using var root = new TestPluginRoot();
        var folder = root.AddPlugin("UsesDependencyV1Plugin", "v1", "{{ dependency_v1 }}");
        var contract = typeof(Formatter.Plugins.IStylePlugin).Assembly.Location;
        File.Copy(contract, Path.Combine(folder, Path.GetFileName(contract)));
        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).Build();

        Assert.DoesNotContain(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("dependency 1 (1.0.0.0)", Text(formatter.Format([Book("a", "A")], "v1")));
    }

    [Fact]
    public void The_test_plugins_do_not_leak_their_dependency_into_the_host()
    {
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "TestDependency.dll")));
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "TestDependency" && System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(a) == System.Runtime.Loader.AssemblyLoadContext.Default);
    }

    [Fact]
    public void A_template_only_folder_listed_first_overrides_a_compiled_style_and_keeps_its_functions()
    {
        using var root = new TestPluginRoot();
        var copy = Path.Combine(root.Root, "ieee");
        CopyFolder(Path.Combine(SharedData.RepoRoot, "styles", "ieee"), copy);
        File.WriteAllText(Path.Combine(copy, "citation.sbn"), "{{ 'edited ' + (ieee_month 6) }}");

        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).AddPluginFolder(TestFormatter.PluginFolder).EnableHotReload().Build();

        Assert.DoesNotContain(formatter.LoadDiagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Contains(formatter.LoadDiagnostics, d => d.Message.Contains("functions and passes from plugin 'Formatter.Styles.Ieee'"));
        var entry = Assert.Single(formatter.Format([Book("a", "A title")], "ieee").Entries);
        Assert.Equal("edited Jun.", PlainTextRenderer.Instance.Render(entry.Citation!));
        Assert.Equal(copy, formatter.FolderOf("ieee"));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Hot_reload_loads_plugin_assemblies_from_memory_so_that_their_files_can_be_replaced()
    {
        var reloadable = new FormatterBuilder().AddPluginFolder(TestFormatter.PluginFolder).EnableHotReload().Build();
        var fromMemory = reloadable.ExtensionsFor("apa")!.Functions.Values.First().Method.DeclaringType!.Assembly;
        var fromFile = TestFormatter.Shared.ExtensionsFor("apa")!.Functions.Values.First().Method.DeclaringType!.Assembly;

        Assert.Equal("", fromMemory.Location);
        Assert.EndsWith("Formatter.Styles.Apa.dll", fromFile.Location);
        Assert.NotSame(fromFile, fromMemory);
    }
}
