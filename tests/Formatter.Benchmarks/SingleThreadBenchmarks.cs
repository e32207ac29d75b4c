using BenchmarkDotNet.Attributes;
using Formatter.Core.Api;
using Formatter.Records;

namespace Formatter.Benchmarks;

/// <summary>
/// Entries per second on one core: the 608 public records formatted in lists of 200 (below the parallel threshold,
/// so one thread does all the work); entries only, as a text list shows them.
/// </summary>
[MemoryDiagnoser]
public class SingleThreadBenchmarks
{
    private CitationFormatter _formatter = null!;
    private List<IReadOnlyList<Record>> _chunks = null!;

    [Params("apa", "chicago-author-date", "gost-r-7.0.100-2018")]
    public string Style { get; set; } = "apa";

    [GlobalSetup]
    public void Setup()
    {
        _formatter = BenchmarkCorpus.CreateFormatter();
        _chunks = BenchmarkCorpus.Records(608).Chunk(200).Select(c => (IReadOnlyList<Record>)c).ToList();
        foreach (var chunk in _chunks) _formatter.Format(chunk, Style);
    }

    /// <summary>608 entries per operation.</summary>
    [Benchmark(OperationsPerInvoke = 608)]
    public int FormatEntryOnOneCore()
    {
        var count = 0;
        foreach (var chunk in _chunks) count += _formatter.Format(chunk, Style, withCitations: false).Entries.Count;
        return count;
    }
}
