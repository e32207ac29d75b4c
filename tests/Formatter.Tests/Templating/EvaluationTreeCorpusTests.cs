using Formatter.Core.Api;
using Formatter.Core.Readers;
using Formatter.Core.Styles;
using Formatter.Core.Templating;
using Formatter.Diagnostics;

namespace Formatter.Tests.Templating;

/// <summary>
/// The shipped styles run on evaluation trees, and the trees render what Scriban's evaluator renders: every entry,
/// citation and diagnostic of the public corpus, in every style.
/// </summary>
public sealed class EvaluationTreeCorpusTests
{
    public static TheoryData<string> Styles() => [.. TestFormatter.Shared.Styles.Select(s => s.Id)];

    public static TheoryData<string> StyleFolders() =>
        [.. Directory.GetDirectories(Path.Combine(SharedData.RepoRoot, "styles")).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(StyleFolders))]
    public void Every_shipped_style_is_lowered_whole(string folder)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var style in StyleManifestReader.Read(Path.Combine(SharedData.RepoRoot, "styles", folder), "test", diagnostics))
        {
            var templates = Assert.IsType<StyleTemplates>(StyleTemplates.Load(style, diagnostics));
            Assert.Null(templates.NotLowered);
            Assert.NotNull(templates.Lowered);
        }
        Assert.Empty(diagnostics);
    }

    [SkippableTheory]
    [MemberData(nameof(Styles))]
    public void Trees_render_the_corpus_as_Scriban_does(string style)
    {
        var records = ReaderRegistry.CreateDefault().ReadFile(SharedData.Require("corpus/public.csl.json")).Records;
        var formatter = new FormatterBuilder().AddPluginFolder(TestFormatter.PluginFolder).Build();
        var engine = Assert.IsType<StyleEngine>(formatter.Engine(style));

        var trees = formatter.Format(records, style);
        var fallbacks = engine.Fallbacks;
        var reasons = string.Join("; ", engine.FallbackReasons.Select(p => $"{p.Key} ×{p.Value}"));
        engine.UseEvaluationTrees = false;
        var scriban = formatter.Format(records, style);

        Assert.Equal(Dump(scriban), Dump(trees));
        // Only records Scriban reports a template error for go back to it.
        Assert.True(scriban.Diagnostics.Count(d => d.Message.Contains("template error", StringComparison.Ordinal)) == fallbacks, $"fallbacks: {reasons}");
    }

    private static string Dump(FormattedBibliography bibliography) =>
        CitationFormatter.Write(bibliography, "json") + "\n" + string.Join("\n", bibliography.Diagnostics.Select(d => d.ToString()));
}
