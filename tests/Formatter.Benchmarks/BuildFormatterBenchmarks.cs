using BenchmarkDotNet.Attributes;
using Formatter.Records;

namespace Formatter.Benchmarks;

/// <summary>The cost of building a formatter: scanning and loading the plugins, reading manifests, parsing the templates of one style.</summary>
[MemoryDiagnoser]
public class BuildFormatterBenchmarks
{
    private static readonly Record One = new() { Id = "x", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "T" } };

    [Benchmark]
    public int BuildAndFormatOne() => BenchmarkCorpus.CreateFormatter().Format([One], "apa").Entries.Count;
}
