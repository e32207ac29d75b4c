using Formatter.Core.Readers;

namespace Formatter.Tests.Readers;

/// <summary>A record's small maps kept as arrays behave as the dictionaries they replace.</summary>
public sealed class CompactMapTests
{
    [Fact]
    public void A_small_map_finds_every_key_and_keeps_insertion_order()
    {
        var source = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = "T", ["URL"] = "u", ["volume"] = "3" };

        var map = CompactMap<string>.From(source);

        Assert.IsType<CompactMap<string>>(map);
        Assert.Equal(3, map.Count);
        Assert.Equal(["title", "URL", "volume"], map.Keys);
        Assert.Equal(["T", "u", "3"], map.Values);
        Assert.Equal(source.ToList(), map.ToList());
        Assert.Equal("3", map[new string("volume".ToCharArray())]);
        Assert.True(map.ContainsKey("URL"));
        Assert.False(map.ContainsKey("url"));
        Assert.False(map.TryGetValue("issue", out var missing));
        Assert.Null(missing);
        Assert.Throws<KeyNotFoundException>(() => map["issue"]);
    }

    [Fact]
    public void A_large_map_stays_a_dictionary()
    {
        var source = Enumerable.Range(0, CompactMap<int>.MaxCount + 1).ToDictionary(i => $"k{i}", i => i, StringComparer.Ordinal);

        Assert.Same(source, CompactMap<int>.From(source));
    }
}
