using System.Runtime.InteropServices;
using Formatter.Core.Authoring;
using Formatter.Core.Writers;

namespace Formatter.Cli.Commands;

/// <summary>
/// <c>formatter watch --style-dir &lt;dir&gt; &lt;file|dir&gt;...</c>: formats the records with the style in the folder, then
/// again every time a template, the manifest or a plugin assembly is saved (debounced), until Ctrl+C. Each pass reloads
/// the style from disk, so a template error is shown and the next save recovers; compiled plugins are loaded so that a
/// rebuilt assembly replaces the old one.
/// </summary>
public static class WatchCommand
{
    /// <summary>Runs the command; returns on Ctrl+C or when <see cref="CliContext.Cancellation"/> is cancelled.</summary>
    public static int Run(CliContext context)
    {
        var args = context.Arguments;
        args.AllowOnly("--style-dir", "--style", "-s", "--format", "-f", "--option", "-o", "--plugins", "--quiet", "-q");
        var styleDir = args.Value("--style-dir") ?? throw new UsageException("watch needs --style-dir DIR (the style folder to watch)");
        if (!Directory.Exists(styleDir)) throw new UsageException($"no such folder: {styleDir}");
        styleDir = Path.GetFullPath(styleDir);
        if (args.Positional.Count == 0) throw new UsageException("watch needs at least one file or folder of records");
        var inputs = InputCollector.Collect(args.Positional);
        var format = args.Value("--format", "-f") ?? "text";
        if (WriterRegistry.Find(format) is null) throw new UsageException($"unknown format '{format}' (one of: {string.Join(", ", WriterRegistry.Formats)})");
        var styleId = args.Value("--style", "-s") ?? AuthoringFormatter.StyleIds(styleDir).FirstOrDefault()
            ?? throw new UsageException($"no style.json with an id in {styleDir}");

        // The folder watcher reports on its own thread while a pass may be writing: standard error takes one lock a call.
        context = new CliContext(args, context.Output, TextWriter.Synchronized(context.Errors))
        {
            Cancellation = context.Cancellation,
            OwnsProcess = context.OwnsProcess,
        };
        var watched = new List<string> { styleDir, Path.Combine(AppContext.BaseDirectory, "plugins") };
        watched.AddRange(args.Values("--plugins"));
        using var changes = new SemaphoreSlim(0);
        using var watcher = new StyleFolderWatcher(watched);
        watcher.Changed += files =>
        {
            context.Errors.WriteLine($"watch: changed {string.Join(", ", files.Select(f => Path.GetRelativePath(styleDir, f)))}");
            changes.Release();
        };
        // Ctrl+C ends the watch with exit code 0 and the output flushed. Only this command handles the signal: the
        // others end on their own, and setting up signal handling is a measurable part of a one-record run.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        Render(context, styleDir, styleId, inputs);
        context.Errors.WriteLine($"watch: watching {styleDir} for style '{styleId}' (Ctrl+C to stop)");
        while (!stop.IsCancellationRequested)
        {
            try
            {
                changes.Wait(stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            while (changes.CurrentCount > 0) changes.Wait(0);
            Render(context, styleDir, styleId, inputs);
        }
        return ExitCodes.Success;
    }

    private static void Render(CliContext context, string styleDir, string styleId, IReadOnlyList<string> inputs)
    {
        var formatter = AuthoringFormatter.Build(context, styleDir, hotReload: true);
        var results = inputs.Select(f => formatter.Readers.ReadFile(f)).ToList();
        context.Errors.WriteLine($"--- {styleId} at {DateTime.Now:HH:mm:ss} ---");
        if (formatter.FindStyle(styleId) is null)
        {
            context.Errors.WriteLine($"watch: style '{styleId}' did not load; fix the problems above and save again");
            return;
        }
        FormatCommand.FormatAndWrite(new CliContext(context.Arguments, context.Output, context.Errors) { Formatter = formatter }, results, styleId);
        context.Output.Flush();
    }
}
