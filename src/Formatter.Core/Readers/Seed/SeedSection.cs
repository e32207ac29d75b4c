namespace Formatter.Core.Readers.Seed;

/// <summary>The part of a catalogue page a line belongs to.</summary>
internal enum SeedSection
{
    /// <summary>Title, summary paragraph and links before the table.</summary>
    Preamble,

    /// <summary>The <c>Bibliographic Details</c> table.</summary>
    Details,

    /// <summary>The <c>Description</c> tab.</summary>
    Description,
}
