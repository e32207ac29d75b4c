namespace Formatter.Core.Text.Casing;

/// <summary>What the casing word lists say of a word: any combination of the flags, or nothing.</summary>
[Flags]
internal enum WordClass : byte
{
    /// <summary>In no list.</summary>
    None = 0,

    /// <summary>An article, coordinating conjunction, <c>to</c>, <c>as</c>, preposition or name particle.</summary>
    Minor = 1,

    /// <summary>A listed proper noun or proper adjective, also with a plural <c>-s</c> or a possessive.</summary>
    ProperNoun = 2,

    /// <summary>The first word of a listed proper noun of several words (periods ignored).</summary>
    StartsPhrase = 4,
}
