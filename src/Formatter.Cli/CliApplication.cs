using Formatter.Cli.Commands;

namespace Formatter.Cli;

/// <summary>Dispatches a command line to its command; usage errors exit with 2 and a hint, never a stack trace.</summary>
public static class CliApplication
{
    /// <summary>Runs the app with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors) => Run(args, output, errors, CancellationToken.None);

    /// <summary>
    /// Runs the app; <paramref name="cancellation"/> stops long-running commands (<c>watch</c>) with exit code 0.
    /// <paramref name="ownsProcess"/> is true only in the app's own process (see <see cref="CliContext.OwnsProcess"/>).
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellation, bool ownsProcess = false)
    {
        try
        {
            var parsed = ParsedArguments.Parse(args);
            var context = new CliContext(parsed, output, errors) { Cancellation = cancellation, OwnsProcess = ownsProcess };
            if (parsed.Has("--help", "-h") || parsed.Command == "help")
            {
                output.WriteLine(HelpText.Usage);
                return ExitCodes.Success;
            }
            if (parsed.Has("--version"))
            {
                output.WriteLine(typeof(CliApplication).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                return ExitCodes.Success;
            }
            return parsed.Command switch
            {
                null => DefaultCommand.Run(context),
                "format" => FormatCommand.Run(context),
                "styles" => StylesCommand.Run(context),
                "convert" => ConvertCommand.Run(context),
                "new-style" => NewStyleCommand.Run(context),
                "check-style" => CheckStyleCommand.Run(context),
                "test-style" => TestStyleCommand.Run(context),
                "watch" => WatchCommand.Run(context),
                _ => throw new UsageException($"unknown command '{parsed.Command}'"),
            };
        }
        catch (UsageException e)
        {
            errors.WriteLine($"formatter: {e.Message}");
            errors.WriteLine("Try 'formatter --help'.");
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            errors.WriteLine($"formatter: {e.Message}");
            return ExitCodes.PartialFailure;
        }
        catch (UnauthorizedAccessException e)
        {
            errors.WriteLine($"formatter: {e.Message}");
            return ExitCodes.PartialFailure;
        }
    }
}
