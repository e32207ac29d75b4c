namespace Formatter.Cli;

/// <summary>The process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Everything was formatted.</summary>
    public const int Success = 0;

    /// <summary>Some input or record failed; the rest was still printed.</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line was wrong (unknown command, option, style or format).</summary>
    public const int Usage = 2;
}
