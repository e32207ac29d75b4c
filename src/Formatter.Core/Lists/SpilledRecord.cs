using Formatter.Plugins;
using Formatter.Records;
using Formatter.Text;

namespace Formatter.Core.Lists;

/// <summary>A record parked in a <see cref="SpillFile"/> file: only its id and its place stay in memory.</summary>
internal sealed class SpilledRecord(string id, SpillFile spill, long offset, int length) : RecordSource
{
    /// <summary>Parks <paramref name="record"/> in <paramref name="spill"/>.</summary>
    public static SpilledRecord Of(Record record, SpillFile spill)
    {
        var (offset, length) = spill.Append(RecordCodec.EncodeToBuffer(record));
        return new SpilledRecord(record.Id, spill, offset, length);
    }

    /// <inheritdoc />
    public override string Id => id;

    /// <inheritdoc />
    public override Record Load() => RecordCodec.Decode(spill.Read(offset, length));

    /// <summary>The text encoded in the same temporary file: only its place stays in memory.</summary>
    public override RichText Keep(RichText text) => text.Spill(spill);
}
