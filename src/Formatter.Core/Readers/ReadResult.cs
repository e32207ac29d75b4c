using Formatter.Core.Lists;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers;

/// <summary>The records read from one input and the problems found on the way.</summary>
public sealed record ReadResult(IReadOnlyList<Record> Records, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when some input was skipped because of an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The records and diagnostics of several reads, in order, as one. When a read kept its records compact
    /// (<see cref="ReaderRegistry.ReadFile"/> with <c>keepCompact</c>) the combined records are all kept compact.
    /// </summary>
    public static ReadResult Combine(IEnumerable<ReadResult> results)
    {
        var all = results.ToList();
        var records = all.Any(r => r.Records is ParkedRecordList)
            ? ParkedRecordList.Of(all.Select(r => r.Records))
            : (IReadOnlyList<Record>)all.SelectMany(r => r.Records).ToList();
        return new ReadResult(records, all.SelectMany(r => r.Diagnostics).ToList());
    }
}
