using Formatter.Conformance;
using Formatter.Core.Api;

// Usage: dotnet run --project tests/Formatter.Conformance -- [--shared DIR] [--style ID]... [--details DIR]
// Prints, per style, agreement with citeproc-js on the public corpus and how each difference is classified.
var arguments = args.ToList();
string? Option(string name)
{
    var i = arguments.IndexOf(name);
    return i >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : null;
}
var onlyStyles = arguments.Select((a, i) => (a, i)).Where(p => p.a == "--style" && p.i + 1 < arguments.Count).Select(p => arguments[p.i + 1]).ToHashSet();
var shared = Option("--shared") ?? FindShared();
if (shared is null || !File.Exists(Path.Combine(shared, "corpus", "public.csl.json")))
{
    Console.WriteLine("conformance: ../shared/corpus not found (pass --shared DIR); nothing measured.");
    return 0;
}
var details = Option("--details");
var formatter = new FormatterBuilder().AddPluginFolder(Path.Combine(AppContext.BaseDirectory, "plugins")).Build();
foreach (var d in formatter.LoadDiagnostics) Console.Error.WriteLine(d);
var read = formatter.Readers.ReadFile(Path.Combine(shared, "corpus", "public.csl.json"));
var reports = new List<StyleReport>();
foreach (var (style, file, numbered) in StyleReference.Pairs)
{
    if (onlyStyles.Count > 0 && !onlyStyles.Contains(style)) continue;
    if (formatter.FindStyle(style) is null)
    {
        Console.WriteLine($"conformance: style '{style}' is not available; skipped.");
        continue;
    }
    var reference = ReferenceFile.Load(Path.Combine(shared, "corpus", "expected", file));
    var report = StyleConformance.Run(formatter, style, read.Records, reference, numbered);
    reports.Add(report);
    if (details is not null) ReportPrinter.WriteDetails(report, details);
}
Console.WriteLine($"Conformance with citeproc-js on {read.Records.Count} public records (each record formatted alone; list order from the whole corpus):");
Console.WriteLine();
ReportPrinter.PrintTable(reports, Console.Out);
return 0;

static string? FindShared()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Formatter.sln"))) dir = dir.Parent;
    var candidate = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
    return candidate is not null && Directory.Exists(candidate) ? candidate : null;
}
