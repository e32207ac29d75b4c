using BenchmarkDotNet.Attributes;
using Formatter.Core.Text.Casing;
using Formatter.Core.Text.Language;

namespace Formatter.Benchmarks;

/// <summary>
/// Title casing alone, about a tenth of an APA or Chicago entry's time: the first <see cref="Titles"/> Latin-script
/// titles of the public corpus through sentence case (APA) and headline case (Chicago); time and bytes per title.
/// </summary>
[MemoryDiagnoser]
public class CasingBenchmarks
{
    /// <summary>Titles per operation (the corpus has about 500 in Latin script).</summary>
    public const int Titles = 400;

    private string[] _titles = [];

    [GlobalSetup]
    public void Setup()
    {
        _titles = BenchmarkCorpus.Records(608).Select(record => record.Field("title")).OfType<string>()
            .Where(title => ScriptDetector.Detect(title) == Script.Latin).Take(Titles).ToArray();
        if (_titles.Length < Titles) throw new InvalidOperationException($"the corpus has only {_titles.Length} Latin-script titles");
    }

    /// <summary>APA's casing of a title.</summary>
    [Benchmark(OperationsPerInvoke = Titles)]
    public int SentenceCaseTitle()
    {
        var length = 0;
        foreach (var title in _titles) length += SentenceCase.Apply(title).Length;
        return length;
    }

    /// <summary>Chicago's casing of a title.</summary>
    [Benchmark(OperationsPerInvoke = Titles)]
    public int HeadlineCaseTitle()
    {
        var length = 0;
        foreach (var title in _titles) length += HeadlineCase.Apply(title).Length;
        return length;
    }
}
