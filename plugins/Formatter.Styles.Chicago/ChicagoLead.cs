using System.Globalization;
using System.Text;

namespace Formatter.Styles.Chicago;

/// <summary>
/// The lead of a Chicago sort key (names, or what stands in their place) as one string: each segment after its length
/// in two characters. A long list holds all its keys while it is sorted, and one string a key is a fraction of the
/// memory of a list of strings. Compared segment by segment, as the list was.
/// </summary>
internal readonly struct ChicagoLead
{
    private readonly string _encoded;

    private ChicagoLead(string encoded) => _encoded = encoded;

    /// <summary>The lead of the given segments, in order.</summary>
    public static ChicagoLead Of(IEnumerable<string> segments)
    {
        var encoded = new StringBuilder();
        foreach (var segment in segments)
            encoded.Append((char)(segment.Length >> 16)).Append((char)(segment.Length & 0xFFFF)).Append(segment);
        return new ChicagoLead(encoded.ToString());
    }

    /// <summary>Segment by segment with the collation; when one lead is a prefix of the other, it comes first.</summary>
    public int CompareTo(ChicagoLead other, CompareInfo compare, CompareOptions options)
    {
        var a = _encoded.AsSpan();
        var b = other._encoded.AsSpan();
        while (a.Length > 0 && b.Length > 0)
        {
            var segmentA = Next(ref a);
            var segmentB = Next(ref b);
            // Equal segments are equal by any collation; the culture-aware comparison costs far more than this check.
            if (segmentA.SequenceEqual(segmentB)) continue;
            var result = compare.Compare(segmentA, segmentB, options);
            if (result != 0) return result;
        }
        return (a.Length > 0).CompareTo(b.Length > 0);
    }

    private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest)
    {
        var length = (rest[0] << 16) | rest[1];
        var segment = rest.Slice(2, length);
        rest = rest[(2 + length)..];
        return segment;
    }
}
