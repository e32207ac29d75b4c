using System.Globalization;
using Formatter.Core.Lists;

namespace Formatter.Tests.Lists;

/// <summary>Author sort keys kept as one string: the segments read back are those of a split list, compared alike.</summary>
public sealed class SortTextTests
{
    private static readonly CompareInfo Collation = CultureInfo.GetCultureInfo("en-US").CompareInfo;

    private const CompareOptions Options =
        CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols | CompareOptions.NumericOrdering;

    [Theory]
    [InlineData("Gay, P. D., & Scott, A.", "Gay,P. D.,Scott,A.")]
    [InlineData("Loft, V.", "Loft,V.")]
    [InlineData(" , and Okafor ,, & ,and", "Okafor,&,and")]
    [InlineData("", "")]
    public void Joined_segments_are_the_trimmed_non_empty_parts_without_the_last_conjunction(string text, string joined) =>
        Assert.Equal(joined, SortText.JoinSegments(text));

    [Fact]
    public void A_title_standing_in_for_the_author_is_one_segment_even_with_commas() =>
        Assert.True(SortText.CompareSegments("Smith, John", aWhole: true, SortText.JoinSegments("Smith, John"), bWhole: false, Collation) > 0);

    [Fact]
    public void An_empty_title_is_one_segment_and_an_empty_name_list_none() =>
        Assert.True(SortText.CompareSegments("", aWhole: true, "", bWhole: false, Collation) > 0);

    [Fact]
    public void Compares_as_the_split_lists_would_on_random_keys()
    {
        var random = new Random(20261128);
        const string alphabet = "aAbBéEzZ09 ,,&-.'";
        string Text() => new(Enumerable.Range(0, random.Next(0, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (var i = 0; i < 5000; i++)
        {
            var (a, b) = (Text(), Text());
            var (aWhole, bWhole) = (random.Next(4) == 0, random.Next(4) == 0);
            var keyA = aWhole ? a : SortText.JoinSegments(a);
            var keyB = bWhole ? b : SortText.JoinSegments(b);
            var expected = Math.Sign(CompareLists(aWhole ? [a] : Split(a), bWhole ? [b] : Split(b)));
            Assert.True(expected == Math.Sign(SortText.CompareSegments(keyA, aWhole, keyB, bWhole, Collation)), $"'{a}' ({aWhole}) against '{b}' ({bWhole})");
        }
    }

    // The segments as a list of strings, the form the keys had before they were joined.
    private static List<string> Split(string text)
    {
        var segments = new List<string>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.StartsWith("& ", StringComparison.Ordinal) ? raw[2..] : raw.StartsWith("and ", StringComparison.Ordinal) ? raw[4..] : raw;
            if (segment.Length > 0) segments.Add(segment);
        }
        return segments;
    }

    private static int CompareLists(List<string> a, List<string> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var result = Collation.Compare(a[i], b[i], Options);
            if (result != 0) return result;
        }
        return a.Count.CompareTo(b.Count);
    }
}
