using System.Text;
using Formatter.Core.Readers;
using Formatter.Core.Readers.CslJson;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Cli.Commands;

/// <summary>
/// <c>formatter convert &lt;file|dir&gt;... --to csl-json [--output FILE]</c>: reads catalogue pages, BibTeX, RIS or
/// CSL-JSON and writes what was read as CSL-JSON, unknown fields included, so users can check and fix their data.
/// Problems go to standard error; the exit code is 1 when an entry or file was skipped, 2 on a usage error.
/// </summary>
public static class ConvertCommand
{
    /// <summary>The output formats <c>--to</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Targets = ["csl-json"];

    /// <summary>Runs the command.</summary>
    public static int Run(CliContext context)
    {
        var args = context.Arguments;
        args.AllowOnly("--to", "--output", "--quiet", "-q");
        if (args.Positional.Count == 0) throw new UsageException("convert needs at least one file or folder");
        var target = args.Value("--to") ?? throw new UsageException($"convert needs --to (one of: {string.Join(", ", Targets)})");
        if (!Targets.Contains(target, StringComparer.OrdinalIgnoreCase))
            throw new UsageException($"unknown target format '{target}' (one of: {string.Join(", ", Targets)})");
        var inputs = InputCollector.Collect(args.Positional);

        var registry = ReaderRegistry.CreateDefault();
        var records = new List<Record>();
        var diagnostics = new List<Diagnostic>();
        foreach (var input in inputs)
        {
            var result = registry.ReadFile(input);
            records.AddRange(result.Records);
            diagnostics.AddRange(result.Diagnostics);
        }
        var quiet = args.Has("--quiet", "-q");
        foreach (var diagnostic in diagnostics.Where(d => !quiet || d.Severity == DiagnosticSeverity.Error))
            context.Errors.WriteLine(diagnostic);

        var json = new CslJsonRecordWriter().Write(records);
        if (args.Value("--output") is { } outputFile) File.WriteAllText(outputFile, json + Environment.NewLine, new UTF8Encoding(false));
        else context.Output.WriteLine(json);
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
