using Formatter.Core.Readers;
using Formatter.Core.Readers.CslJson;

namespace Formatter.Tests.Readers;

/// <summary>What a read gave, as text to compare two paths by: the records as CSL-JSON, their lines, the diagnostics.</summary>
internal static class ReadResultDump
{
    public static string Of(ReadResult result) =>
        new CslJsonRecordWriter().Write(result.Records) + "\n" +
        string.Join(",", result.Records.Select(r => r.Source?.Line)) + "\n" +
        string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
}
