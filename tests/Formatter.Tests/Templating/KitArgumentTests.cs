using Formatter.Core.Api;
using Formatter.Diagnostics;
using Formatter.Tests.Plugins;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary>A value a kit function cannot take is an error that names the function and the value.</summary>
public sealed class KitArgumentTests
{
    [Fact]
    public void A_value_that_is_no_whole_number_names_the_function()
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = "{{ ordinal r.edition }}" });
        var record = new Record { Id = "e1", Type = "book", Fields = new Dictionary<string, string> { ["edition"] = "1st" } };

        var list = new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format([record], "s");

        var error = Assert.Single(list.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("ordinal: argument 1 must be a whole number, not '1st'", error.Message, StringComparison.Ordinal);
        Assert.Equal("e1", error.RecordId);
    }
}
