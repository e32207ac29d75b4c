using System.Diagnostics;
using BenchmarkDotNet.Running;
using Formatter.Benchmarks;

// dotnet run -c Release --project tests/Formatter.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter '*']
// dotnet run -c Release --project tests/Formatter.Benchmarks -- make-corpus N out.json   (for compare.sh)
// dotnet run -c Release --project tests/Formatter.Benchmarks -- quick STYLE N            (one timed run, no statistics)
if (args.Length >= 3 && args[0] == "make-corpus")
{
    var records = BenchmarkCorpus.Records(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    File.WriteAllText(args[2], new Formatter.Core.Readers.CslJson.CslJsonRecordWriter().Write(records));
    Console.WriteLine($"wrote {records.Count} records to {args[2]}");
    return 0;
}
if (args.Length >= 3 && args[0] == "quick")
{
    var formatter = args.Length > 3 ? new Formatter.Core.Api.FormatterBuilder().AddPluginFolder(BenchmarkCorpus.PluginFolder).AddPluginFolder(args[3]).Build() : BenchmarkCorpus.CreateFormatter();
    var records = BenchmarkCorpus.Records(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    formatter.Format(BenchmarkCorpus.Records(608), args[1]);
    var exceptions = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
    AppDomain.CurrentDomain.FirstChanceException += (_, e) => exceptions.AddOrUpdate(e.Exception.GetType().Name + ": " + e.Exception.Message[..Math.Min(80, e.Exception.Message.Length)], 1, (_, n) => n + 1);
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    var watch = Stopwatch.StartNew();
    var list = formatter.Format(records, args[1], withCitations: false);
    watch.Stop();
    var chunkWatch = Stopwatch.StartNew();
    for (var i = 0; i < records.Count; i += 200) formatter.Format(records.Skip(i).Take(200).ToList(), args[1], withCitations: false);
    foreach (var (message, count) in exceptions.OrderByDescending(p => p.Value).Take(5)) Console.WriteLine($"first-chance exception x{count}: {message}");
    Console.WriteLine($"collections during the whole-list run and the chunks: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}; paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms");
    Console.WriteLine($"sequential in chunks of 200: {records.Count / chunkWatch.Elapsed.TotalSeconds:0} entries/s");
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
    Console.WriteLine($"{args[1]}: {list.Entries.Count} entries in {watch.Elapsed.TotalMilliseconds:0} ms = {list.Entries.Count / watch.Elapsed.TotalSeconds:0} entries/s (all cores), {allocated / Math.Max(1, list.Entries.Count)} bytes allocated per entry");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args);
return 0;
