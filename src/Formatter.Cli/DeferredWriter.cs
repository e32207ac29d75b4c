using System.Text;

namespace Formatter.Cli;

/// <summary>
/// A text writer that opens the writer it stands for on first use (<see cref="Open"/>, or any write or flush). Opening
/// the console's streams takes several milliseconds in a new process; deferred, it overlaps other start-up work.
/// Thread-safe like <see cref="TextWriter.Synchronized"/>: every call holds one lock.
/// </summary>
public sealed class DeferredWriter(Func<TextWriter> open) : TextWriter
{
    private readonly Lock _lock = new();
    private TextWriter? _inner;

    /// <inheritdoc />
    public override Encoding Encoding => Open().Encoding;

    /// <summary>Opens the underlying writer now, if it is not open yet; returns it.</summary>
    public TextWriter Open()
    {
        lock (_lock) return _inner ??= open();
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        lock (_lock) (_inner ??= open()).Write(value);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        lock (_lock) (_inner ??= open()).Write(value);
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock) (_inner ??= open()).Write(buffer, index, count);
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_lock) (_inner ??= open()).Write(buffer);
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        lock (_lock) (_inner ??= open()).WriteLine(value);
    }

    /// <inheritdoc />
    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        lock (_lock) (_inner ??= open()).WriteLine(buffer);
    }

    /// <inheritdoc />
    public override void Flush()
    {
        lock (_lock) _inner?.Flush();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_lock) _inner?.Dispose();
        }
        base.Dispose(disposing);
    }
}
