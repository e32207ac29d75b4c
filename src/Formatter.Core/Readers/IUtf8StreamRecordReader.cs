namespace Formatter.Core.Readers;

/// <summary>
/// A reader that can read a file's UTF-8 bytes from a stream, record by record, without holding the whole file: a
/// large file then costs its records, not its size as well. The records and diagnostics must equal those of
/// <see cref="IUtf8RecordReader.ReadUtf8"/> on the same bytes.
/// </summary>
public interface IUtf8StreamRecordReader : IUtf8RecordReader
{
    /// <summary>
    /// Reads records from <paramref name="utf8"/> (the file's bytes after any UTF-8 byte order mark), or returns null
    /// when the input is not one the streamed path handles (not valid UTF-8, a syntax error, another shape of document):
    /// the caller then reads the whole file the usual way, which reports the problem. With <paramref name="keepCompact"/>
    /// the reader may keep each record compact as it is read (in a temporary file when one can be made), loading it anew
    /// on each access of the result's records
    /// (the host asks for this for a long list it formats and writes; records a reader returns as usual are made
    /// compact afterwards).
    /// </summary>
    ReadResult? TryReadStream(string fileName, Stream utf8, bool keepCompact = false);
}
