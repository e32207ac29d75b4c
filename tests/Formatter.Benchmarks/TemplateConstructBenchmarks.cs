using BenchmarkDotNet.Attributes;
using Formatter.Core.Api;
using Formatter.Records;

namespace Formatter.Benchmarks;

/// <summary>
/// What one template construct costs: a style made of <see cref="Repeats"/> copies of the construct renders 200
/// records on one thread. The time per entry less the <c>none</c> case's, divided by <see cref="Repeats"/>, is the
/// construct's cost. Measures the evaluator itself, which end-to-end runs cannot resolve below a few per cent.
/// Needs nothing from ../shared: the styles are written to a temporary folder and the records are made here.
/// </summary>
[MemoryDiagnoser]
public class TemplateConstructBenchmarks
{
    /// <summary>Copies of the construct in the template.</summary>
    public const int Repeats = 50;

    private const int Entries = 200;

    // Names and helpers every case declares, so that only the repeated line differs from `none`.
    private const string Prelude = """
        func no_parameters
          ret ''
        end
        func one_parameter(a)
          ret a
        end
        y = 'abc'
        """;

    private static readonly Dictionary<string, string> Constructs = new()
    {
        ["none"] = "",
        ["global-read"] = "x = y",
        ["record-member"] = "x = r.title",
        ["condition"] = "if r.volume && r.issue\n  x = 1\nend",
        ["string-equality"] = "x = y == 'abc'",
        ["concatenation"] = "x = y + 'b'",
        ["concatenation-run"] = "x = '(' + y + ', ' + y + ')'",
        ["function-call"] = "x = no_parameters",
        ["function-call-with-argument"] = "x = one_parameter 'a'",
        ["kit-call"] = "x = period y",
        ["kit-join"] = "x = join ', ' [y, 'b']",
        ["array-contains"] = "x = ['a', 'b', 'c', 'd'] | array.contains y",
        ["builtin-call"] = "x = string.ends_with y ']'",
        ["include"] = "include 'parts/empty'",
    };

    private string _folder = null!;
    private string _styleId = null!;
    private CitationFormatter _formatter = null!;
    private IReadOnlyList<Record> _records = null!;

    [ParamsSource(nameof(Names))]
    public string Construct { get; set; } = "none";

    /// <summary>Every construct, or those named in the environment variable <c>CONSTRUCTS</c> (<c>none,kit-call</c>) for a shorter run.</summary>
    public static IEnumerable<string> Names =>
        Environment.GetEnvironmentVariable("CONSTRUCTS") is { Length: > 0 } chosen ? chosen.Split(',', StringSplitOptions.TrimEntries) : Constructs.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"formatter-constructs-{Environment.ProcessId}");
        var style = Path.Combine(_folder, Construct);
        Directory.CreateDirectory(Path.Combine(style, "parts"));
        File.WriteAllText(Path.Combine(style, "style.json"),
            $$"""{ "id": "construct-{{Construct}}", "title": "{{Construct}}", "locale": "en-US", "templates": { "bibliography": "bibliography.sbn" } }""");
        File.WriteAllText(Path.Combine(style, "parts", "empty.sbn"), "{{~\n~}}\n");
        var body = string.Join("\n", Enumerable.Repeat(Constructs[Construct], Constructs[Construct].Length == 0 ? 0 : Repeats));
        File.WriteAllText(Path.Combine(style, "bibliography.sbn"), $"{{{{~\n{Prelude}\n{body}\nr.id\n~}}}}\n");
        _formatter = new FormatterBuilder().AddPluginFolder(_folder).Build();
        _styleId = $"construct-{Construct}";
        _records = Enumerable.Range(0, Entries).Select(i => new Record
        {
            Id = $"r{i:D3}",
            Type = "article-journal",
            Fields = new Dictionary<string, string> { ["title"] = $"Title {i}", ["volume"] = "12", ["issue"] = (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        }).ToList();
        if (_formatter.Format(_records, _styleId, withCitations: false).Entries.Count != Entries)
            throw new InvalidOperationException($"the {Construct} style did not render an entry per record");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>200 entries per operation, one thread (below the parallel threshold).</summary>
    [Benchmark(OperationsPerInvoke = Entries)]
    public int RenderEntry() => _formatter.Format(_records, _styleId, withCitations: false).Entries.Count;
}
