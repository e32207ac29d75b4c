namespace Formatter.Text;

/// <summary>Where the encoded bytes of a spilled <see cref="RichText"/> are in the host's store.</summary>
internal sealed record SpilledText(ISpillStore Store, long Offset, int Length)
{
    /// <summary>The encoded text, read back from the store.</summary>
    public string Read(System.Text.Encoding utf8) => utf8.GetString(Store.Read(Offset, Length), 0, Length);
}
