using Formatter.Plugins;

namespace Formatter.Tests.Lists;

/// <summary>An entry's values behave as an ordinal dictionary of strings does, operation by operation.</summary>
public sealed class EntryValuesTests
{
    private static readonly string[] Keys = ["year_suffix", "citation_number", "gost_heading", "Year_suffix"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_operations_give_what_a_dictionary_gives(int seed)
    {
        var random = new Random(seed);
        IDictionary<string, string> values = new EntryValues();
        IDictionary<string, string> expected = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var step = 0; step < 400; step++)
        {
            var key = Keys[random.Next(Keys.Length)];
            var value = random.Next(4) == 0 ? null! : $"v{random.Next(3)}";
            switch (random.Next(6))
            {
                case 0:
                    values[key] = value;
                    expected[key] = value;
                    break;
                case 1:
                    Assert.Equal(Throws(() => expected.Add(key, value)), Throws(() => values.Add(key, value)));
                    break;
                case 2:
                    Assert.Equal(expected.Remove(key), values.Remove(key));
                    break;
                case 3:
                    Assert.Equal(expected.Remove(new KeyValuePair<string, string>(key, value)), values.Remove(new KeyValuePair<string, string>(key, value)));
                    break;
                case 4:
                    if (random.Next(8) == 0)
                    {
                        expected.Clear();
                        values.Clear();
                    }
                    break;
                default:
                    Assert.Equal(expected.TryGetValue(key, out var want), values.TryGetValue(key, out var got));
                    Assert.Equal(want, got);
                    Assert.Equal(Throws(() => _ = expected[key]), Throws(() => _ = values[key]));
                    break;
            }
            Assert.Equal(expected, values);
            Assert.Equal(expected.Count, values.Count);
            Assert.Equal(expected.Keys, values.Keys);
            Assert.Equal(expected.Values, values.Values);
            Assert.Equal(expected.Keys, ((IReadOnlyDictionary<string, string>)values).Keys);
            foreach (var k in Keys) Assert.Equal(expected.ContainsKey(k), values.ContainsKey(k));
            var copy = new KeyValuePair<string, string>[values.Count + 1];
            values.CopyTo(copy, 1);
            Assert.Equal(expected, copy.Skip(1));
        }
    }

    [Fact]
    public void A_null_key_is_refused_as_a_dictionary_refuses_it()
    {
        var values = new EntryValues();
        Assert.Throws<ArgumentNullException>(() => values[null!] = "x");
        Assert.Throws<ArgumentNullException>(() => values.TryGetValue(null!, out _));
        Assert.Throws<ArgumentNullException>(() => values.Remove(null!));
    }

    private static Type? Throws(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e.GetType();
        }
    }
}
