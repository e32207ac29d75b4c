using Formatter.Core.Api;
using Formatter.Core.Readers;

namespace Formatter.Cli;

/// <summary>What every command gets: the parsed arguments, the output streams and the formatter (built on first use).</summary>
public sealed class CliContext(ParsedArguments arguments, TextWriter output, TextWriter errors)
{
    private CitationFormatter? _formatter;
    private readonly Lock _building = new();
    private ReaderRegistry? _readers;

    /// <summary>The parsed command line.</summary>
    public ParsedArguments Arguments { get; } = arguments;

    /// <summary>Standard output.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Errors { get; } = errors;

    /// <summary>Stops long-running commands (Ctrl+C, or a test).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// True when the command has the process to itself (the app, not a test or another host): it may then change how
    /// the process collects garbage (see <see cref="Memory.ShortRunRegion"/>).
    /// </summary>
    public bool OwnsProcess { get; init; }

    /// <summary>
    /// The formatter with the default plugin folders and those of <c>--plugins</c>; load problems go to standard error.
    /// Built once, by whichever thread asks first (<c>format</c> builds it beside reading its input).
    /// </summary>
    public CitationFormatter Formatter
    {
        get
        {
            if (Volatile.Read(ref _formatter) is { } built) return built;
            lock (_building) return _formatter ??= Build();
        }
        init
        {
            _formatter = value;
            _readers = value.Readers;
        }
    }

    /// <summary>The input readers: those of the formatter given at construction, otherwise the default ones (without building one).</summary>
    public ReaderRegistry Readers => _readers ??= ReaderRegistry.CreateDefault();

    private CitationFormatter Build()
    {
        var builder = new FormatterBuilder().AddDefaultPluginFolders();
        // Formatting and converting use one style at most: only its plugin is loaded (a cheap cold start). Listing and
        // authoring commands load every plugin, so that a broken one is reported.
        if (Arguments.Command is null or "format" or "convert") builder.LoadPluginsOnDemand();
        foreach (var folder in Arguments.Values("--plugins")) builder.AddPluginFolder(folder);
        var formatter = builder.Build();
        foreach (var diagnostic in formatter.LoadDiagnostics) Errors.WriteLine(diagnostic);
        return formatter;
    }
}
