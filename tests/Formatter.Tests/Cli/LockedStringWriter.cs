using System.Text;

namespace Formatter.Tests.Cli;

/// <summary>
/// A string writer that one thread may write while another reads it: every write and every read of the text
/// takes the same lock. (<see cref="TextWriter.Synchronized"/> guards the writes only, so reading the wrapped
/// <see cref="StringWriter"/> while a command still writes can catch its buffer half-grown.)
/// </summary>
internal sealed class LockedStringWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        lock (_text)
            _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_text)
            _text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_text)
            _text.Append(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_text)
            _text.Append(buffer);
    }

    public override string ToString()
    {
        lock (_text)
            return _text.ToString();
    }
}
