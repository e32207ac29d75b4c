using Formatter.Core.Api;
using Formatter.Core.Readers;
using Formatter.Core.Writers;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Cli.Commands;

/// <summary><c>formatter format &lt;file|dir&gt;... --style ID [--format F] [--option k=v] [--output FILE]</c>.</summary>
public static class FormatCommand
{
    /// <summary>The style used when none is given.</summary>
    public const string DefaultStyle = "apa";

    /// <summary>Runs the command.</summary>
    public static int Run(CliContext context)
    {
        var args = context.Arguments;
        args.AllowOnly("--style", "-s", "--format", "-f", "--option", "-o", "--output", "--plugins", "--quiet", "-q");
        if (args.Positional.Count == 0) throw new UsageException("format needs at least one file or folder");
        // The style is prepared on a thread of its own from here on, while this one finds and reads the input.
        var preparation = StylePreparation.Start(context);
        try
        {
            return FormatWhilePreparing(context, preparation);
        }
        finally
        {
            preparation.Wait();
        }
    }

    private static int FormatWhilePreparing(CliContext context, StylePreparation preparation)
    {
        var inputs = InputCollector.Collect(context.Arguments.Positional);
        // Large inputs are kept compact while the list is formatted: records and rendered entries are parked in a
        // temporary file (removed at once) and loaded when needed, for some extra decoding.
        var inputBytes = inputs.Sum(file => new FileInfo(file) is { Exists: true } info ? info.Length : 0);
        var keepCompact = inputBytes >= CompactInputBytes;
        using var pacer = keepCompact ? Memory.YoungGenerationPacer.Start() : null;
        using var blocking = keepCompact ? Memory.BlockingCollections.Enter(context.OwnsProcess) : null;
        if (!keepCompact) Memory.ShortRunRegion.EnterFor(inputBytes, context.OwnsProcess);
        var results = inputs.Select(file => context.Readers.ReadFile(file, keepCompact: keepCompact)).ToList();
        // While the other thread parses the style's templates, this one opens the console's streams and loads the
        // style's plugin (the engine is made with the templates first for this reason, see CitationFormatter).
        (context.Output as DeferredWriter)?.Open();
        (context.Errors as DeferredWriter)?.Open();
        context.Formatter.ExtensionsFor(StyleOf(context.Arguments));
        // For a small input it then waits for the style (about 15 ms for one seed): meanwhile it meets the kit's text
        // work once, which the first entry would otherwise do (one seed with APA 96.2 → 92.5 ms, medians of 50 runs in
        // turns). A style already prepared (a long input took longer to read) is not kept waiting for that.
        if (preparation.IsRunning) TextWarmUp.Run();
        preparation.Complete();
        return FormatAndWrite(context, results);
    }

    /// <summary>
    /// From this total input size on (about 30,000 CSL-JSON records), records and entries are kept compact (in a temporary
    /// file) while formatting.
    /// </summary>
    public const long CompactInputBytes = 32L * 1024 * 1024;

    /// <summary>Formats what was read and writes it; shared with the no-argument run and <c>watch</c> (which names its style).</summary>
    public static int FormatAndWrite(CliContext context, IReadOnlyList<ReadResult> results, string? style = null)
    {
        var args = context.Arguments;
        var styleId = style ?? StyleOf(args);
        var format = args.Value("--format", "-f") ?? "text";
        var writer = WriterRegistry.Find(format)
            ?? throw new UsageException($"unknown format '{format}' (one of: {string.Join(", ", WriterRegistry.Formats)})");
        if (context.Formatter.FindStyle(styleId) is null)
            throw new UsageException($"unknown style '{styleId}' (one of: {string.Join(", ", context.Formatter.Styles.Select(s => s.Id))})");
        var options = ParseOptions(args.Values("--option", "-o"));

        // Problems are written as they are found (reading's first), in the order the formatter finds them, so that a long
        // list does not hold its warnings until it is written.
        var quiet = args.Has("--quiet", "-q");
        var failed = false;
        void Report(Diagnostic diagnostic)
        {
            failed |= diagnostic.Severity == DiagnosticSeverity.Error;
            if (!quiet || diagnostic.Severity == DiagnosticSeverity.Error) context.Errors.WriteLine(diagnostic);
        }

        var read = ReadResult.Combine(results);
        foreach (var diagnostic in read.Diagnostics) Report(diagnostic);
        var bibliography = context.Formatter.Format(read.Records, styleId, Report, options, withCitations: writer.WritesCitations);
        Write(context, writer, bibliography, args.Value("--output"));
        return failed ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private static void Write(CliContext context, IBibliographyWriter writer, FormattedBibliography bibliography, string? outputFile)
    {
        if (outputFile is null)
        {
            writer.Write(bibliography, context.Output);
            return;
        }
        using var file = new StreamWriter(outputFile, append: false, new System.Text.UTF8Encoding(false));
        writer.Write(bibliography, file);
    }

    internal static string StyleOf(ParsedArguments args) => args.Value("--style", "-s") ?? DefaultStyle;

    internal static Dictionary<string, string> ParseOptions(IEnumerable<string> values)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=');
            if (equals <= 0) throw new UsageException($"--option expects NAME=VALUE, got '{value}'");
            options[value[..equals].Trim()] = value[(equals + 1)..].Trim();
        }
        return options;
    }
}
