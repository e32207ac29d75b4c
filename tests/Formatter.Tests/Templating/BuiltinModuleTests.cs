using Formatter.Core.Api;
using Formatter.Core.Templating;
using Formatter.Diagnostics;
using Formatter.Tests.Plugins;
using Scriban;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary>Scriban's built-in modules are made on first use in a session, with Scriban's names and read-only rules.</summary>
public sealed class BuiltinModuleTests
{
    private static readonly Record[] Records =
    [
        new() { Id = "r1", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Alpha Beta" } },
        new() { Id = "r2", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Gamma" } },
    ];

    private static FormattedBibliography Format(string template)
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = template });
        return new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format(Records, "s");
    }

    [Fact]
    public void The_modules_are_the_ones_Scriban_provides()
    {
        Assert.Equal(new TemplateContext().BuiltinObject.GetMembers().Order(StringComparer.Ordinal), LazyBuiltins.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_module_works_from_a_template_for_every_record()
    {
        const string template = "{{ [string.upcase r.title, (array.size [1, 2]), (-3 | math.abs), (object.has_key {a: 1} 'a'), "
            + "(regex.replace r.title `a` 'o'), (html.escape '<'), (date.parse '2020-05-01').year, (timespan.from_days 2).days, "
            + "(empty == blank)] | array.join '|' }}";
        var list = Format(template);
        Assert.Empty(list.Diagnostics);
        Assert.Equal(["ALPHA BETA|2|3|true|Alpho Beto|&lt;|2020|2|true", "GAMMA|2|3|true|Gommo|&lt;|2020|2|true"],
            list.Entries.Select(e => e.Text.ToPlainText()));
    }

    [Fact]
    public void A_variable_named_like_a_module_hides_it_for_its_own_record_only()
    {
        var list = Format("{{ if r.id == 'r1' ; string = 'hidden' ; end ; string == 'hidden' ? 'hidden' : (string.upcase r.title) }}");
        Assert.Empty(list.Diagnostics);
        Assert.Equal(["hidden", "GAMMA"], list.Entries.Select(e => e.Text.ToPlainText()));
    }

    [Fact]
    public void An_unknown_name_is_still_an_error()
    {
        var list = Format("{{ strin.upcase r.title }}");
        Assert.Equal(2, list.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
    }
}
