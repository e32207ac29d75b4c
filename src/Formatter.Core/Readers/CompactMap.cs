using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Formatter.Core.Readers;

/// <summary>
/// A small read-only map from names to values kept as two arrays and searched in order: a record's few fields, names
/// or dates cost a fraction of a dictionary's memory, which counts when a large file's records are all held. The keys
/// are compared ordinally (by reference first: a reader shares the name strings of a file); order is insertion order.
/// </summary>
internal sealed class CompactMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    /// <summary>The largest map kept this way; larger ones stay dictionaries, whose lookups do not slow with size.</summary>
    public const int MaxCount = 8;

    private readonly string[] _keys;
    private readonly TValue[] _values;

    private CompactMap(string[] keys, TValue[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>A compact copy of <paramref name="source"/> when it is small, else the dictionary itself trimmed to its size.</summary>
    public static IReadOnlyDictionary<string, TValue> From(Dictionary<string, TValue> source)
    {
        if (source.Count > MaxCount)
        {
            source.TrimExcess();
            return source;
        }
        return new CompactMap<TValue>([.. source.Keys], [.. source.Values]);
    }

    /// <summary>
    /// The map of <paramref name="keys"/> (distinct) to <paramref name="values"/>, which it takes over when small;
    /// else a dictionary.
    /// </summary>
    public static IReadOnlyDictionary<string, TValue> From(string[] keys, TValue[] values)
    {
        if (keys.Length <= MaxCount) return new CompactMap<TValue>(keys, values);
        var map = new Dictionary<string, TValue>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++) map.Add(keys[i], values[i]);
        return map;
    }

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc />
    public IEnumerable<TValue> Values => _values;

    /// <inheritdoc />
    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The given key '{key}' was not present in the map.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : default;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new KeyValuePair<string, TValue>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (ReferenceEquals(_keys[i], key)) return i;
        }
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
