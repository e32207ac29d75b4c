namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// The store of one call of a function declared with parentheses: its parameters, the names it assigns that the
/// record's globals do not have, and the variables of loops running in its body. Only that body sees it.
/// </summary>
internal sealed class VariableScope
{
    private int[] _slots = new int[8];
    private object?[] _values = new object?[8];
    private int _count;

    public LoopVariables Loops { get; } = new();

    public bool TryGet(int slot, out object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_slots[i] != slot) continue;
            value = _values[i];
            return true;
        }
        value = null;
        return false;
    }

    public void Set(int slot, object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_slots[i] != slot) continue;
            _values[i] = value;
            return;
        }
        if (_count == _slots.Length)
        {
            Array.Resize(ref _slots, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _slots[_count] = slot;
        _values[_count++] = value;
    }

    public void Clear()
    {
        // A few slots: a loop of null stores costs less than Array.Clear's call.
        for (var i = 0; i < _count; i++) _values[i] = null;
        _count = 0;
        Loops.Clear();
    }
}
