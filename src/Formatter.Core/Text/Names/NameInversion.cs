namespace Formatter.Core.Text.Names;

/// <summary>Which names of a list are written family name first.</summary>
internal enum NameInversion
{
    /// <summary>All in natural order: <c>V. I. Batyuk</c>.</summary>
    None,

    /// <summary>Only the first name inverted (Chicago): <c>Harlow, Maria K., and Daniel Osei</c>.</summary>
    First,

    /// <summary>Every name inverted (APA, GOST headings): <c>Patel, R., &amp; Moreau, C.</c>.</summary>
    All,
}
