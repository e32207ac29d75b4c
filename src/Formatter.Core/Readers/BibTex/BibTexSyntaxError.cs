namespace Formatter.Core.Readers.BibTex;

/// <summary>Thrown inside <see cref="BibTexParser"/> to abandon one entry; never escapes the parser.</summary>
internal sealed class BibTexSyntaxError(int offset, string message) : Exception(message)
{
    /// <summary>Where the problem was found (character offset).</summary>
    public int Offset { get; } = offset;
}
