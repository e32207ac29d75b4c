namespace Formatter.Core.Text.Casing;

/// <summary>What a character is to <see cref="TitleWordScanner"/>; the kinds of the ASCII characters are kept in a table.</summary>
[Flags]
internal enum TitleCharKind : byte
{
    /// <summary>None of the kinds below.</summary>
    None = 0,

    /// <summary>Whitespace (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    Space = 1,

    /// <summary>Part of a word: letters, digits, combining marks, apostrophes, hyphens, <c>/ . &amp; _</c>.</summary>
    Word = 2,

    /// <summary>A letter or digit, where a word starts and ends.</summary>
    LetterOrDigit = 4,

    /// <summary>Ends a title before a subtitle: <c>: ? ! —</c>.</summary>
    Boundary = 8,

    /// <summary>One of the characters an address needs: <c>@</c> (e-mail), <c>:</c> (<c>://</c>), <c>.</c> (<c>www.</c>).</summary>
    AddressMark = 16,
}
