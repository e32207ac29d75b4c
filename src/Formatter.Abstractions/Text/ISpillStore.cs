namespace Formatter.Text;

/// <summary>
/// Where the host puts the encoded texts and records of a very long list so that they cost the process a few bytes
/// each (a temporary file). Appended to by any thread, read by any thread. Not part of the contract plugins see.
/// </summary>
internal interface ISpillStore
{
    /// <summary>Appends <paramref name="bytes"/> and returns where they are.</summary>
    (long Offset, int Length) Append(ReadOnlySpan<byte> bytes);

    /// <summary>The bytes at <paramref name="offset"/>, in a per-thread buffer that the next read on the thread overwrites.</summary>
    byte[] Read(long offset, int length);
}
