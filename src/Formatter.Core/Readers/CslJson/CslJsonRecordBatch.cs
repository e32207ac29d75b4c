using System.Runtime.ExceptionServices;
using System.Text.Json;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers.CslJson;

/// <summary>
/// Records of a CSL-JSON stream waiting to be parsed: their bytes are copied in as the stream is read, and
/// <see cref="Flush"/> parses them (on all cores when there are many) and hands records and diagnostics on in file
/// order, exactly as reading them one by one would.
/// </summary>
internal sealed class CslJsonRecordBatch(string fileName, string stem)
{
    /// <summary>The records a batch holds before it is parsed.</summary>
    public const int Capacity = 256;

    // Fewer records than this (a short file, or the end of one) are parsed on the reading thread.
    private const int ParallelFrom = 32;

    private readonly List<(int Start, int Length, int Index, int LinesBefore)> _items = new(Capacity);
    private readonly Record?[] _records = new Record?[Capacity];
    private readonly List<Diagnostic>?[] _diagnostics = new List<Diagnostic>?[Capacity];
    // The property names of the file, one table per parsing thread (a table is not thread-safe), kept for the file.
    private readonly Stack<PropertyNames> _names = new();
    private byte[] _bytes = new byte[64 * 1024];
    private int _length;

    /// <summary>True when the batch should be parsed before more records are added.</summary>
    public bool IsFull => _items.Count >= Capacity;

    /// <summary>Adds the bytes of record <paramref name="index"/>, which starts after <paramref name="linesBefore"/> lines.</summary>
    public void Add(ReadOnlySpan<byte> record, int index, int linesBefore)
    {
        if (_length + record.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + record.Length));
        record.CopyTo(_bytes.AsSpan(_length));
        _items.Add((_length, record.Length, index, linesBefore));
        _length += record.Length;
    }

    /// <summary>Parses the records added so far and passes them and their diagnostics on, in order; empties the batch.</summary>
    public void Flush(Action<Record> keep, List<Diagnostic> diagnostics)
    {
        if (_items.Count >= ParallelFrom)
        {
            try
            {
                Parallel.For(0, _items.Count, RentNames, (i, _, names) => Parse(i, names), ReturnNames);
            }
            catch (AggregateException e)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
        else
        {
            var names = RentNames();
            for (var i = 0; i < _items.Count; i++) Parse(i, names);
            ReturnNames(names);
        }
        for (var i = 0; i < _items.Count; i++)
        {
            if (_diagnostics[i] is { } found) diagnostics.AddRange(found);
            if (_records[i] is { } record) keep(record);
            _records[i] = null;
            _diagnostics[i] = null;
        }
        _items.Clear();
        _length = 0;
    }

    private PropertyNames Parse(int item, PropertyNames names)
    {
        var (start, length, index, linesBefore) = _items[item];
        var bytes = _bytes.AsSpan(start, length);
        var reader = new Utf8JsonReader(bytes, CslJsonReader.Options);
        reader.Read();
        var found = new List<Diagnostic>();
        Record? parsed = null;
        CslJsonReader.ReadRecord(ref reader, index, fileName, stem, LineMap.ForBytes(bytes), names, record => parsed = record, found, linesBefore);
        _records[item] = parsed;
        _diagnostics[item] = found.Count > 0 ? found : null;
        return names;
    }

    private PropertyNames RentNames()
    {
        lock (_names) return _names.TryPop(out var names) ? names : new PropertyNames();
    }

    private void ReturnNames(PropertyNames names)
    {
        lock (_names) _names.Push(names);
    }
}
