using BenchmarkDotNet.Attributes;
using Formatter.Core.Api;
using Formatter.Records;

namespace Formatter.Benchmarks;

/// <summary>
/// Formatting a whole reference list (sort, render, passes) from records in memory, per style, on all cores. Divide
/// the time by <see cref="Count"/> for the time per entry and the allocated bytes likewise. <see cref="FormatList"/>
/// renders the entries only (what a text, HTML or Markdown list shows); <see cref="FormatListWithCitations"/> also
/// renders each record's in-text citation (what <c>--format json</c> shows).
/// </summary>
[MemoryDiagnoser]
public class FormatListBenchmarks
{
    private CitationFormatter _formatter = null!;
    private IReadOnlyList<Record> _records = null!;

    [Params("apa", "chicago-author-date", "gost-r-7.0.100-2018")]
    public string Style { get; set; } = "apa";

    [Params(608, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _formatter = BenchmarkCorpus.CreateFormatter();
        _records = BenchmarkCorpus.Records(Count);
        _formatter.Format(_records, Style);
    }

    [Benchmark(Baseline = true)]
    public int FormatList() => _formatter.Format(_records, Style, withCitations: false).Entries.Count;

    [Benchmark]
    public int FormatListWithCitations() => _formatter.Format(_records, Style).Entries.Count;
}
