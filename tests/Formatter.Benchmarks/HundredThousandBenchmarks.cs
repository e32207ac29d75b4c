using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Formatter.Core.Api;
using Formatter.Records;

namespace Formatter.Benchmarks;

/// <summary>
/// The 100,000-record list per style (the public corpus replicated with distinct ids). One operation takes tens of
/// seconds, so this runs a few measured iterations instead of BenchmarkDotNet's default statistics.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class HundredThousandBenchmarks
{
    private CitationFormatter _formatter = null!;
    private IReadOnlyList<Record> _records = null!;

    [Params("apa", "chicago-author-date", "gost-r-7.0.100-2018")]
    public string Style { get; set; } = "apa";

    [GlobalSetup]
    public void Setup()
    {
        _formatter = BenchmarkCorpus.CreateFormatter();
        _records = BenchmarkCorpus.Records(100_000);
    }

    [Benchmark]
    public int FormatList() => _formatter.Format(_records, Style, withCitations: false).Entries.Count;
}
