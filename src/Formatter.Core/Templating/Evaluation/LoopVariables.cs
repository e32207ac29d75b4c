namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// The loop variables of one variable scope, innermost last. Scriban looks them up before the scope's own variables
/// and drops each when its loop ends.
/// </summary>
internal sealed class LoopVariables
{
    private int[] _slots = new int[4];
    private object?[] _values = new object?[4];
    private int _count;

    public void Push(int slot)
    {
        if (_count == _slots.Length)
        {
            Array.Resize(ref _slots, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _slots[_count] = slot;
        _values[_count++] = null;
    }

    /// <summary>Sets the innermost loop's variable.</summary>
    public void SetInnermost(object? value) => _values[_count - 1] = value;

    public void Pop() => _values[--_count] = null;

    public bool TryGet(int slot, out object? value)
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            if (_slots[i] != slot) continue;
            value = _values[i];
            return true;
        }
        value = null;
        return false;
    }

    public bool Contains(int slot) => TryGet(slot, out _);

    /// <summary>True when no loop is running.</summary>
    public bool IsEmpty => _count == 0;

    public void Clear()
    {
        for (var i = 0; i < _count; i++) _values[i] = null;
        _count = 0;
    }
}
