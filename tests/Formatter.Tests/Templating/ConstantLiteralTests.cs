using Formatter.Core.Api;
using Formatter.Diagnostics;
using Formatter.Tests.Plugins;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary>Literal arrays and objects are built once per render session and shared read-only between records.</summary>
public sealed class ConstantLiteralTests
{
    private static readonly Record[] Records = Enumerable.Range(1, 3)
        .Select(i => new Record { Id = $"r{i}", Type = "book", Fields = new Dictionary<string, string> { ["title"] = $"T{i}" } })
        .ToArray();

    private static FormattedBibliography Format(string template)
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = template });
        return new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format(Records, "s");
    }

    [Fact]
    public void A_shared_literal_is_never_changed_by_what_a_record_adds_to_it()
    {
        var list = Format("{{ kinds = ['a', 'b'] ; table = {\"x\": ['1', '2']} ; (kinds | array.add r.title | array.join ',') + '|' + (table.x | array.concat [r.id] | array.join ',') }}");
        Assert.Equal(["a,b,T1|1,2,r1", "a,b,T2|1,2,r2", "a,b,T3|1,2,r3"], list.Entries.Select(e => e.Text.ToPlainText()));
    }

    [Fact]
    public void Arrays_with_record_values_are_built_for_each_record()
    {
        var list = Format("{{ [r.title, 'x'] | array.join '-' }}");
        Assert.Equal(["T1-x", "T2-x", "T3-x"], list.Entries.Select(e => e.Text.ToPlainText()));
    }

    [Theory]
    [InlineData("{{ v = ['a', 'b'] ; if r.id == 'r2' ; v[0] = 'z' ; end ; v | array.join ',' }}")]
    [InlineData("{{ t = {\"x\": ['a', 'b']} ; if r.id == 'r2' ; t.x[0] = 'z' ; end ; t.x | array.join ',' }}")]
    [InlineData("{{ t = {\"x\": 'a,b'} ; if r.id == 'r2' ; t.x = 'z' ; end ; t.x }}")]
    [InlineData("{{ t = {\"x\": 'a,b'} ; if r.id == 'r2' ; t[\"x\"] = 'z' ; end ; t.x }}")]
    public void Changing_a_literal_in_place_is_a_template_error_for_that_record_only(string template)
    {
        var list = Format(template);
        Assert.Equal(["a,b", "a,b"], list.Entries.Select(e => e.Text.ToPlainText()));
        var error = Assert.Single(list.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("r2", error.RecordId);
    }
}
