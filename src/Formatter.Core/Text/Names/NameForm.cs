namespace Formatter.Core.Text.Names;

/// <summary>Whether a name is written whole or as the family name only (in-text citations).</summary>
internal enum NameForm
{
    /// <summary>Given and family names, particles and suffix.</summary>
    Long,

    /// <summary>The family name with its non-dropping particle only: <c>van Gogh</c>, <c>Batyuk</c>.</summary>
    Short,
}
