using Formatter.Core.Lists;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Lists;

/// <summary>Records parked in a temporary file, as <c>formatter format</c> keeps a long input.</summary>
internal static class SpilledList
{
    public static ParkedRecordList Of(IEnumerable<Record> records)
    {
        var spilled = ParkedRecordList.Empty(spill: true);
        foreach (var record in records) spilled.Add(record);
        return spilled;
    }
}
