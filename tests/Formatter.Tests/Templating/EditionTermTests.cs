using Formatter.Core.Api;
using Formatter.Tests.Plugins;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary><c>edition x 'term'</c>: the locale's ordinal and edition term, a manifest's own term first.</summary>
public sealed class EditionTermTests
{
    private static string Render(string edition, string manifest)
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = "{{ edition r.edition 'term' }}" }, manifest);
        var record = new Record { Id = "e", Type = "book", Fields = new Dictionary<string, string> { ["edition"] = edition } };
        var list = new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format([record], "s");
        Assert.Empty(list.Diagnostics);
        return Assert.Single(list.Entries).Text.ToPlainText();
    }

    [Theory]
    [InlineData("2", """, "locale": "en-GB" """, "2nd edn")]
    [InlineData("Second edition", """, "locale": "en-US" """, "2nd ed.")]
    [InlineData("1st", """, "locale": "en-US", "terms": { "en": { "edition": "edition|editions" } } """, "1st edition")]
    [InlineData("Revised and enlarged", """, "locale": "en-US" """, "Revised and enlarged")]
    public void A_numbered_edition_takes_the_locale_and_the_manifest(string edition, string manifest, string expected) =>
        Assert.Equal(expected, Render(edition, manifest));
}
