using Formatter.Core.Api;
using Formatter.Records;

namespace Formatter.Benchmarks;

/// <summary>The public corpus (../shared/corpus/public.csl.json) replicated to any size with distinct ids.</summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<IReadOnlyList<Record>> Public = new(Load);

    /// <summary>The plugins folder next to the benchmark assembly.</summary>
    public static string PluginFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Builds a formatter over the plugins next to the benchmarks.</summary>
    public static CitationFormatter CreateFormatter() => new FormatterBuilder().AddPluginFolder(PluginFolder).Build();

    /// <summary><paramref name="count"/> records: the public corpus repeated, each copy with its own ids.</summary>
    public static IReadOnlyList<Record> Records(int count)
    {
        var source = Public.Value;
        var records = new List<Record>(count);
        for (var i = 0; i < count; i++)
        {
            var record = source[i % source.Count];
            var copy = i / source.Count;
            records.Add(copy == 0 ? record : record with { Id = $"{record.Id}~{copy}" });
        }
        return records;
    }

    /// <summary>The folder of the shared corpus (env FORMATTER_SHARED, else ../shared beside the repository).</summary>
    public static string SharedFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("FORMATTER_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Formatter.sln"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared"));
    }

    private static IReadOnlyList<Record> Load()
    {
        var path = Path.Combine(SharedFolder(), "corpus", "public.csl.json");
        if (!File.Exists(path)) throw new FileNotFoundException($"the benchmarks need the public corpus at {path} (set FORMATTER_SHARED)");
        var read = CreateFormatter().Readers.ReadFile(path);
        return read.Records;
    }
}
