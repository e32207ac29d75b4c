using System.Text.Json;
using System.Text.Unicode;
using Formatter.Core.Lists;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.CslJson;

/// <summary>
/// Reads a CSL-JSON array from a stream through a buffer that holds one record at a time (grown when a record is
/// larger), handing each complete record with the lines before it to a <see cref="CslJsonRecordBatch"/>, which parses
/// batches of them on all cores; records, diagnostics and lines equal those of the whole-file path. Anything else (a
/// single record object, invalid UTF-8 or a NUL byte, a syntax error, content after the array) gives up with null:
/// the whole-file path reports it.
/// </summary>
internal sealed class CslJsonStreamReader
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _finished;
    private int _linesBefore;

    private CslJsonStreamReader(Stream stream) => _stream = stream;

    /// <summary>
    /// The records of the stream (parked as they are read with <paramref name="keepCompact"/>), or null when the
    /// whole-file path must read it.
    /// </summary>
    public static ReadResult? Read(string fileName, Stream utf8, bool keepCompact)
    {
        try
        {
            return new CslJsonStreamReader(utf8).ReadArray(fileName, keepCompact);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Span<byte> Pending => _buffer.AsSpan(_start, _end - _start);

    private ReadResult? ReadArray(string fileName, bool keepCompact)
    {
        var state = new JsonReaderState(CslJsonReader.Options);
        if (!TryReadToken(ref state, out var first) || first != JsonTokenType.StartArray) return null;
        var parked = keepCompact ? ParkedRecordList.Empty(spill: true) : null;
        var records = new List<Record>();
        Action<Record> keep = parked is null ? records.Add : parked.Add;
        var diagnostics = new List<Diagnostic>();
        var batch = new CslJsonRecordBatch(fileName, Path.GetFileNameWithoutExtension(fileName));
        var index = 0;
        while (true)
        {
            var reader = new Utf8JsonReader(Pending, _finished, state);
            if (!reader.Read())
            {
                if (_finished) return null;
                Refill();
                continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                if (!Consume((int)reader.BytesConsumed) || !OnlyWhitespaceFollows()) return null;
                batch.Flush(keep, diagnostics);
                return new ReadResult(parked ?? (IReadOnlyList<Record>)records, diagnostics);
            }
            var valueStart = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                if (_finished) return null;
                Refill();
                continue;
            }
            if (!Consume(valueStart)) return null;
            var linesBefore = _linesBefore;
            var value = _buffer.AsSpan(_start, (int)reader.BytesConsumed - valueStart);
            if (!Consume(value.Length)) return null;
            batch.Add(value, index++, linesBefore);
            if (batch.IsFull) batch.Flush(keep, diagnostics);
            state = reader.CurrentState;
        }
    }

    /// <summary>Reads the first token of the document (refilling as needed) and consumes it.</summary>
    private bool TryReadToken(ref JsonReaderState state, out JsonTokenType token)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(Pending, _finished, state);
            if (reader.Read())
            {
                token = reader.TokenType;
                state = reader.CurrentState;
                return Consume((int)reader.BytesConsumed);
            }
            if (_finished)
            {
                token = JsonTokenType.None;
                return false;
            }
            Refill();
        }
    }

    /// <summary>Moves past <paramref name="count"/> bytes, counting their lines; false when they are not plain UTF-8.</summary>
    private bool Consume(int count)
    {
        var consumed = _buffer.AsSpan(_start, count);
        if (!IsPlainUtf8(consumed)) return false;
        _linesBefore += consumed.Count((byte)'\n');
        _start += count;
        return true;
    }

    private bool OnlyWhitespaceFollows()
    {
        while (true)
        {
            if (Pending.IndexOfAnyExcept(" \t\r\n"u8) >= 0) return false;
            _start = _end;
            if (_finished) return true;
            Refill();
        }
    }

    /// <summary>Keeps the unread bytes, grows the buffer when they fill it, and reads more of the stream.</summary>
    private void Refill()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        else if (_start > 0) Pending.CopyTo(_buffer);
        _start = 0;
        _end = pending;
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _finished = true;
        _end += read;
    }

    /// <summary>Valid UTF-8 without NUL: what the whole-file path reads directly (else it decodes the text first).</summary>
    private static bool IsPlainUtf8(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) && !bytes.Contains((byte)0);
}
