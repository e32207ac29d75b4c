namespace Formatter.Core.Text.Casing;

/// <summary>How the letters of a word or hyphen segment are cased.</summary>
internal enum WordShape
{
    /// <summary>No letters, digits among the letters (<c>3D</c>, <c>1990s</c>) or non-Latin letters: never re-cased.</summary>
    Other,

    /// <summary>All letters lower case.</summary>
    Lower,

    /// <summary>First letter upper case, the rest lower case (a single capital letter included).</summary>
    Capitalized,

    /// <summary>Two or more letters, all upper case (<c>NATO</c>, <c>XIX</c>, <c>U.S.</c>).</summary>
    AllCaps,

    /// <summary>A capital after the first letter next to lower-case letters (<c>iPhone</c>, <c>McDonald</c>).</summary>
    Mixed,
}
