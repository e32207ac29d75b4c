namespace Formatter.Records;

/// <summary>Where something was read: a file, a 1-based line and column (line 0: the whole file; column 0: the whole line).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 0)
{
    /// <inheritdoc />
    public override string ToString() => Line <= 0 ? File : Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}
