using System.Collections;
using Formatter.Records;

namespace Formatter.Core.Lists;

/// <summary>
/// Records kept compact (<see cref="ParkedRecord"/>) for a long list: reading a file gives them this way when asked,
/// and the style engine formats them without loading more than the records it is working on. Each access of an item
/// loads the record anew.
/// </summary>
internal sealed class ParkedRecordList : IReadOnlyList<Record>
{
    private readonly List<ParkedRecord> _records;

    private ParkedRecordList(List<ParkedRecord> records) => _records = records;

    /// <summary>The parked records, in order.</summary>
    public IReadOnlyList<ParkedRecord> Parked => _records;

    /// <inheritdoc />
    public int Count => _records.Count;

    /// <inheritdoc />
    public Record this[int index] => _records[index].Load();

    /// <summary>The records of <paramref name="lists"/> in order, one list; records not yet parked are parked.</summary>
    public static ParkedRecordList Of(IEnumerable<IReadOnlyList<Record>> lists)
    {
        var parked = new List<ParkedRecord>();
        foreach (var list in lists)
        {
            if (list is ParkedRecordList already) parked.AddRange(already._records);
            else parked.AddRange(list.Select(ParkedRecord.Of));
        }
        return new ParkedRecordList(parked);
    }

    /// <summary>A list that parks records as they are added.</summary>
    public static ParkedRecordList Empty() => new([]);

    /// <summary>Parks <paramref name="record"/> at the end of the list.</summary>
    public void Add(Record record) => _records.Add(ParkedRecord.Of(record));

    /// <inheritdoc />
    public IEnumerator<Record> GetEnumerator() => _records.Select(r => r.Load()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
