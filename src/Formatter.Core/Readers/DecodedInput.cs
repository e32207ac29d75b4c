using Formatter.Diagnostics;

namespace Formatter.Core.Readers;

/// <summary>The text of an input file, or the error that prevented decoding it.</summary>
/// <param name="Text">The decoded text without BOM, or null when decoding failed.</param>
/// <param name="Error">Why the bytes are not text, naming the file and where.</param>
internal sealed record DecodedInput(string? Text, Diagnostic? Error)
{
    /// <summary>True when <see cref="Text"/> is available.</summary>
    public bool Success => Text is not null;
}
