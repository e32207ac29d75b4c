using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Formatter.Plugins;

/// <summary>
/// The values list passes set on one entry (<see cref="ListEntry.Values"/>). An entry usually gets one (a year suffix,
/// a citation number), so the first is held in two fields and a dictionary is made only for a second: in a long list
/// a dictionary per entry was most of the memory the values took. Keys are compared ordinally; the order of
/// enumeration is the order of insertion, as a dictionary's is when nothing was removed.
/// </summary>
internal sealed class EntryValues : IDictionary<string, string>, IReadOnlyDictionary<string, string>
{
    private bool _hasOne;
    private string? _key;
    private string? _value;
    private Dictionary<string, string>? _many;

    public int Count => _many?.Count ?? (_hasOne ? 1 : 0);

    public bool IsReadOnly => false;

    public string this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no value '{key}'");
        set => Set(key, value, replace: true);
    }

    public ICollection<string> Keys => _many?.Keys ?? (ICollection<string>)(_hasOne ? [_key!] : []);

    public ICollection<string> Values => _many?.Values ?? (ICollection<string>)(_hasOne ? [_value!] : []);

    IEnumerable<string> IReadOnlyDictionary<string, string>.Keys => Keys;

    IEnumerable<string> IReadOnlyDictionary<string, string>.Values => Values;

    public void Add(string key, string value) => Set(key, value, replace: false);

    public void Add(KeyValuePair<string, string> item) => Add(item.Key, item.Value);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_many is not null) return _many.TryGetValue(key, out value);
        var found = _hasOne && _key == key;
        value = found ? _value : null;
        return found;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool Contains(KeyValuePair<string, string> item) => TryGetValue(item.Key, out var value) && value == item.Value;

    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_many is not null) return _many.Remove(key);
        if (!_hasOne || _key != key) return false;
        Forget();
        return true;
    }

    public bool Remove(KeyValuePair<string, string> item) => Contains(item) && Remove(item.Key);

    public void Clear()
    {
        _many?.Clear();
        Forget();
    }

    public void CopyTo(KeyValuePair<string, string>[] array, int arrayIndex)
    {
        foreach (var pair in this) array[arrayIndex++] = pair;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        if (_many is not null)
        {
            foreach (var pair in _many) yield return pair;
        }
        else if (_hasOne)
        {
            yield return new KeyValuePair<string, string>(_key!, _value!);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Set(string key, string value, bool replace)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_many is not null)
        {
            if (replace) _many[key] = value;
            else _many.Add(key, value);
            return;
        }
        if (!_hasOne || _key == key)
        {
            if (_hasOne && !replace) throw new ArgumentException($"a value '{key}' is already set", nameof(key));
            _hasOne = true;
            _key = key;
            _value = value;
            return;
        }
        _many = new Dictionary<string, string>(StringComparer.Ordinal) { [_key!] = _value!, [key] = value };
        Forget();
    }

    private void Forget()
    {
        _hasOne = false;
        _key = _value = null;
    }
}
