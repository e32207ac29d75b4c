namespace Formatter.Core.Readers;

/// <summary>
/// A reader that can also read valid UTF-8 bytes directly (no BOM, no NUL): files are then parsed without being
/// decoded to a string first. The result must equal <see cref="IRecordReader.Read"/> on the decoded text.
/// </summary>
public interface IUtf8RecordReader : IRecordReader
{
    /// <summary>Reads records from UTF-8 <paramref name="utf8"/> (validated by the caller) of <paramref name="fileName"/>.</summary>
    ReadResult ReadUtf8(string fileName, ReadOnlySpan<byte> utf8);
}
