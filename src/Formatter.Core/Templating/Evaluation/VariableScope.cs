namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// The store of one call of a function declared with parentheses: its parameters, the names it assigns that the
/// record's globals do not have, and the variables of loops running in its body. Only that body sees it.
/// </summary>
internal sealed class VariableScope
{
    // Slot and value side by side: a value stored into an array of structs skips an object array's element-type check.
    private (int Slot, object? Value)[] _entries = new (int, object?)[8];
    private int _count;

    public LoopVariables Loops { get; } = new();

    public bool TryGet(int slot, out object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Slot != slot) continue;
            value = _entries[i].Value;
            return true;
        }
        value = null;
        return false;
    }

    public void Set(int slot, object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Slot != slot) continue;
            _entries[i].Value = value;
            return;
        }
        if (_count == _entries.Length) Array.Resize(ref _entries, _count * 2);
        _entries[_count++] = (slot, value);
    }

    public void Clear()
    {
        // A few slots: a loop of null stores costs less than Array.Clear's call.
        for (var i = 0; i < _count; i++) _entries[i].Value = null;
        _count = 0;
        Loops.Clear();
    }
}
