namespace Formatter.Core.Readers.Seed;

/// <summary>What a labelled row of a catalogue page means for the record.</summary>
internal enum SeedFieldKind
{
    /// <summary>A known label that carries no bibliographic data (<c>Saved in</c>, <c>Tags</c>…).</summary>
    Ignored,
    MainAuthor,
    MainAuthors,
    CorporateAuthor,
    CorporateAuthors,
    OtherAuthors,
    ContainerTitle,
    Format,
    Language,
    Published,
    Edition,
    Series,
    Subjects,
    OnlineAccess,
    Summary,
    Abstract,
    PhysicalDescription,
    Isbn,
    Issn,
    Doi,
    IxTheoDetails,
}
