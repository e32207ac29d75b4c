using System.Collections;
using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Core.Lists;

/// <summary>
/// Records kept compact for a long list: as <see cref="ParkedRecord"/> bytes in memory, or, for a list that spills,
/// in a temporary file (<see cref="SpilledRecord"/>). Reading a file gives them this way when asked, and the style
/// engine formats them without loading more than the records it is working on. Each access of an item loads the
/// record anew.
/// </summary>
internal sealed class ParkedRecordList : IReadOnlyList<Record>
{
    private readonly List<RecordSource> _records;
    private readonly SpillFile? _spill;

    private ParkedRecordList(List<RecordSource> records, SpillFile? spill)
    {
        _records = records;
        _spill = spill;
    }

    /// <summary>The temporary file the records are parked in, when they are (rendered entries may go there too).</summary>
    public SpillFile? Spill => _spill;

    /// <summary>The parked records, in order.</summary>
    public IReadOnlyList<RecordSource> Parked => _records;

    /// <inheritdoc />
    public int Count => _records.Count;

    /// <inheritdoc />
    public Record this[int index] => _records[index].Load();

    /// <summary>
    /// The records of <paramref name="lists"/> in order, one list; records not yet parked are parked in memory. The
    /// list keeps the temporary file of the first list that has one, for its rendered entries.
    /// </summary>
    public static ParkedRecordList Of(IEnumerable<IReadOnlyList<Record>> lists)
    {
        var parked = new List<RecordSource>();
        SpillFile? spill = null;
        foreach (var list in lists)
        {
            if (list is ParkedRecordList already)
            {
                parked.AddRange(already._records);
                spill ??= already._spill;
            }
            else parked.AddRange(list.Select(ParkedRecord.Of));
        }
        return new ParkedRecordList(parked, spill);
    }

    /// <summary>
    /// A list that parks records as they are added: in a temporary file when <paramref name="spill"/> is asked and one
    /// can be created, else in memory.
    /// </summary>
    public static ParkedRecordList Empty(bool spill = false) => new([], spill ? SpillFile.TryCreate() : null);

    /// <summary>Parks <paramref name="record"/> at the end of the list.</summary>
    public void Add(Record record) => _records.Add(_spill is null ? ParkedRecord.Of(record) : SpilledRecord.Of(record, _spill));

    /// <inheritdoc />
    public IEnumerator<Record> GetEnumerator() => _records.Select(r => r.Load()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
