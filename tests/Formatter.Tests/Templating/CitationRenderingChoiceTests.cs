using Formatter.Core.Api;
using Formatter.Core.Writers;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary>Citations are rendered only when asked for (the JSON writer shows them; text, HTML and Markdown do not).</summary>
public sealed class CitationRenderingChoiceTests
{
    private static readonly Record Article = new()
    {
        Id = "a",
        Type = "article-journal",
        Fields = new Dictionary<string, string> { ["title"] = "On lists", ["container-title"] = "Journal" },
        Names = new Dictionary<string, IReadOnlyList<Name>> { ["author"] = [new Name { Family = "Batyuk", Given = "V." }] },
        Dates = new Dictionary<string, DateValue> { ["issued"] = new DateValue { Start = new DatePart(2020) } },
    };

    [Fact]
    public void Without_citations_the_entries_are_the_same_and_no_citation_is_rendered()
    {
        var with = TestFormatter.Shared.Format([Article], "apa");
        var without = TestFormatter.Shared.Format([Article], "apa", withCitations: false);

        Assert.Equal("(Batyuk, 2020)", PlainTextRenderer.Instance.Render(Assert.Single(with.Entries).Citation!));
        Assert.Null(Assert.Single(without.Entries).Citation);
        Assert.Equal(CitationFormatter.Write(with, "text"), CitationFormatter.Write(without, "text"));
    }

    [Fact]
    public void Only_the_json_writer_asks_for_citations()
    {
        Assert.Equal(["json"], WriterRegistry.Formats.Where(f => WriterRegistry.Find(f)!.WritesCitations));
    }
}
