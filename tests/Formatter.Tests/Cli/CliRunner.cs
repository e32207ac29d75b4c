using Formatter.Cli;

namespace Formatter.Tests.Cli;

/// <summary>Runs the app in-process and captures its streams and exit code.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>Runs <c>formatter</c> with the plugins built next to the tests.</summary>
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = CliApplication.Run(args, output, errors);
        return new CliRun(code, output.ToString(), errors.ToString());
    }

    /// <summary>A path below the repository root.</summary>
    public static string Repo(string relative) => Path.Combine(SharedData.RepoRoot, relative);
}
