using Formatter.Core.Lists;

namespace Formatter.Tests.Lists;

/// <summary>The streamed hash: the same for a text however it is cut, different for different texts.</summary>
public sealed class KeyHashTests
{
    [Theory]
    [InlineData("Okafor, C.#2021", "Okafor", ", C.", "#2021")]
    [InlineData("title:Annual report#n.d.", "title:", "Annual report#", "n.d.")]
    [InlineData("van Dijk, J.", "van", " Dijk", ", J.")]
    public void A_text_hashes_the_same_in_pieces_as_whole(string whole, string first, string second, string third)
    {
        var pieces = KeyHash.Add(KeyHash.Add(KeyHash.Add(KeyHash.Start, first), second.AsSpan()), third);
        Assert.Equal(KeyHash.Add(KeyHash.Start, whole), pieces);
    }

    [Fact]
    public void A_null_piece_adds_nothing_and_a_character_is_a_one_character_piece()
    {
        Assert.Equal(KeyHash.Add(KeyHash.Start, "ab"), KeyHash.Add(KeyHash.Add(KeyHash.Add(KeyHash.Start, 'a'), (string?)null), "b"));
    }

    [Theory]
    [InlineData("Okafor, C.#2021", "Okafor, C.#2022")]
    [InlineData("Okafor, C.#2021", "Okafor, D.#2021")]
    [InlineData("ab", "ba")]
    public void Different_texts_hash_differently(string a, string b) =>
        Assert.NotEqual(KeyHash.Add(KeyHash.Start, a), KeyHash.Add(KeyHash.Start, b));
}
