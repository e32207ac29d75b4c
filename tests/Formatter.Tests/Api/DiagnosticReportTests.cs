using Formatter.Core.Api;
using Formatter.Core.Readers;
using Formatter.Diagnostics;
using Formatter.Records;
using Formatter.Tests.Authoring;
using Formatter.Tests.Lists;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Api;

/// <summary>
/// <c>Format</c> with a report gives the same entries, and passes to the report the diagnostics the result would list,
/// in the same order (passes before rendering, each entry in list order, passes after), keeping none of them in the
/// result. The overload without a report collects what the engine reports, so the two share one path; these tests pin
/// what that path gives.
/// </summary>
public sealed class DiagnosticReportTests
{
    public static TheoryData<string> Styles() => [.. TestFormatter.Shared.Styles.Select(s => s.Id)];

    [Fact]
    public void Warnings_of_rendering_are_reported_in_list_order()
    {
        Record[] records =
        [
            Book("b", "Another Title In Headline Case For Testing", 2002),
            Book("a", "A title already in sentence case", 2001),
            Book("c", "The Evolution Of Modern Relations In Europe", 2003),
        ];

        var (usual, streamed, reported) = BothWays(records, "apa");

        Assert.Equal(2, usual.Diagnostics.Count);
        Assert.Equal(Texts(usual.Diagnostics), Texts(reported));
        Assert.Empty(streamed.Diagnostics);
        Assert.Equal(CitationFormatter.Write(usual, "json"), CitationFormatter.Write(streamed, "json"));
    }

    [Fact]
    public void Failing_passes_and_records_are_reported_step_by_step_in_list_order()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("ThrowsOnRenderPlugin", "fragile", "{{ explode_on r.title 'Bad' }}.", """, "passes": ["explode-before", "explode-after"]""");
        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).Build();
        Record[] records = [Book("a", "Good", 2001), Book("b", "Bad", 2002), Book("c", "Fine", 2003)];

        var usual = formatter.Format(records, "fragile");
        var reported = new List<Diagnostic>();
        var streamed = formatter.Format(records, "fragile", reported.Add);

        Assert.Equal(3, usual.Diagnostics.Count);
        Assert.Contains("explode-before", usual.Diagnostics[0].Message);
        Assert.Contains("explode_on", usual.Diagnostics[1].Message);
        Assert.Contains("explode-after", usual.Diagnostics[2].Message);
        Assert.Equal(Texts(usual.Diagnostics), Texts(reported));
        Assert.Empty(streamed.Diagnostics);
        Assert.Equal(CitationFormatter.Write(usual, "text"), CitationFormatter.Write(streamed, "text"));
    }

    [SkippableTheory]
    [MemberData(nameof(Styles))]
    public void The_corpus_reports_what_it_lists(string style)
    {
        var records = ReaderRegistry.CreateDefault().ReadFile(SharedData.Require("corpus/public.csl.json")).Records;
        var spilled = SpilledList.Of(records);

        var (usual, streamed, reported) = BothWays(records, style);
        var (_, streamedFromFile, reportedFromFile) = BothWays(spilled, style);

        Assert.Equal(Texts(usual.Diagnostics), Texts(reported));
        Assert.Equal(Texts(usual.Diagnostics), Texts(reportedFromFile));
        Assert.Empty(streamed.Diagnostics);
        Assert.Equal(CitationFormatter.Write(usual, "json"), CitationFormatter.Write(streamed, "json"));
        Assert.Equal(CitationFormatter.Write(usual, "json"), CitationFormatter.Write(streamedFromFile, "json"));
    }

    private static (FormattedBibliography Usual, FormattedBibliography Streamed, List<Diagnostic> Reported) BothWays(IReadOnlyList<Record> records, string style)
    {
        var usual = TestFormatter.Shared.Format(records, style);
        var reported = new List<Diagnostic>();
        var streamed = TestFormatter.Shared.Format(records, style, reported.Add);
        return (usual, streamed, reported);
    }

    private static List<string> Texts(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.ToString())];

    private static Record Book(string id, string title, int year) => new()
    {
        Id = id,
        Type = "book",
        Fields = new Dictionary<string, string> { ["title"] = title, ["language"] = "en", ["publisher"] = "Acme" },
        Dates = new Dictionary<string, DateValue> { ["issued"] = new() { Start = new DatePart(year) } },
    };
}
