using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Core.Lists;

/// <summary>A record kept as its <see cref="RecordCodec"/> bytes and decoded when asked for.</summary>
internal sealed class ParkedRecord(string id, byte[] bytes) : RecordSource
{
    /// <summary>Parks <paramref name="record"/>.</summary>
    public static ParkedRecord Of(Record record) => new(record.Id, RecordCodec.Encode(record));

    /// <inheritdoc />
    public override string Id => id;

    /// <inheritdoc />
    public override Record Load() => RecordCodec.Decode(bytes);
}
