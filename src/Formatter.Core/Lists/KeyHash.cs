namespace Formatter.Core.Lists;

/// <summary>
/// FNV-1a (64 bits) over UTF-16 code units, fed in pieces: a text hashes the same however it is cut into pieces, so a
/// key can be hashed without being built. For grouping within one process; equal hashes still need the keys compared.
/// </summary>
internal static class KeyHash
{
    private const ulong Prime = 1099511628211;

    /// <summary>The hash of no text.</summary>
    public const ulong Start = 14695981039346656037;

    /// <summary>The hash with <paramref name="text"/> appended (nothing for null, as a string builder appends it).</summary>
    public static ulong Add(ulong hash, string? text) => text is null ? hash : Add(hash, text.AsSpan());

    /// <summary>The hash with <paramref name="text"/> appended.</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text) hash = (hash ^ c) * Prime;
        return hash;
    }

    /// <summary>The hash with <paramref name="c"/> appended.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;
}
