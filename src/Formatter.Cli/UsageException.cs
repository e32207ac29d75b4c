namespace Formatter.Cli;

/// <summary>A command-line mistake; its message is printed with a hint and the process exits with code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
