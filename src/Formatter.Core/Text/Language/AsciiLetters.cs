using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Formatter.Core.Text.Language;

/// <summary>Counts the ASCII letters (<c>A–Z</c>, <c>a–z</c>) of a text, sixteen or eight characters at a time where the processor can.</summary>
internal static class AsciiLetters
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var caseBit = Vector256.Create((ushort)0x20);
            var a = Vector256.Create((ushort)'a');
            var last = Vector256.Create((ushort)('z' - 'a'));
            for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
            {
                // (c | 0x20) - 'a' is 0–25 for letters only (unsigned: everything below 'a' wraps above 25).
                var letters = Vector256.LessThanOrEqual((Vector256.Create(units.Slice(i, Vector256<ushort>.Count)) | caseBit) - a, last);
                count += BitOperations.PopCount(letters.ExtractMostSignificantBits());
            }
        }
        if (Vector128.IsHardwareAccelerated)
        {
            var caseBit = Vector128.Create((ushort)0x20);
            var a = Vector128.Create((ushort)'a');
            var last = Vector128.Create((ushort)('z' - 'a'));
            for (; i + Vector128<ushort>.Count <= units.Length; i += Vector128<ushort>.Count)
            {
                var letters = Vector128.LessThanOrEqual((Vector128.Create(units.Slice(i, Vector128<ushort>.Count)) | caseBit) - a, last);
                count += BitOperations.PopCount(letters.ExtractMostSignificantBits());
            }
        }
        for (; i < units.Length; i++)
            if ((uint)((units[i] | 0x20) - 'a') <= 'z' - 'a') count++;
        return count;
    }
}
