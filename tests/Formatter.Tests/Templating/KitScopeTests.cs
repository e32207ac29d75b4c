using Formatter.Core.Api;
using Formatter.Tests.Plugins;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary>Kit functions are bound on first use in a session; a template's own variable of the same name hides one.</summary>
public sealed class KitScopeTests
{
    private static readonly Record[] Records =
    [
        new() { Id = "r1", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Alpha" } },
        new() { Id = "r2", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Gamma" } },
        new() { Id = "r3", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Delta" } },
    ];

    private static FormattedBibliography Format(string template)
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = template });
        return new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format(Records, "s");
    }

    [Fact]
    public void A_variable_named_like_a_kit_function_hides_it_for_its_own_record_only()
    {
        var list = Format("{{ if r.id == 'r2' ; period = 'hidden' ; period ; else ; period r.title ; end }}");
        Assert.Empty(list.Diagnostics);
        Assert.Equal(["Alpha.", "hidden", "Delta."], list.Entries.Select(e => e.Text.ToPlainText()));
    }

    [Fact]
    public void A_kit_function_first_named_by_a_later_record_is_bound_then()
    {
        var list = Format("{{ r.id == 'r3' ? (join ', ' [r.title, 'x']) : (period r.title) }}");
        Assert.Empty(list.Diagnostics);
        Assert.Equal(["Alpha.", "Gamma.", "Delta, x"], list.Entries.Select(e => e.Text.ToPlainText()));
    }
}
