using System.Buffers;

namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// The output of one clean-up pass: the visible characters kept so far and the ones deleted. Its buffers are rented;
/// dispose it when the pass is done.
/// </summary>
internal sealed class CleanState : IDisposable
{
    private readonly VisibleText _text;
    private readonly bool[] _fixedChars;
    private bool[] _deleted;
    private int[] _kept;
    private int _keptCount;

    public CleanState(VisibleText text, bool[] fixedChars)
    {
        _text = text;
        _fixedChars = fixedChars;
        _deleted = ArrayPool<bool>.Shared.Rent(Math.Max(text.Length, 1));
        Array.Clear(_deleted, 0, text.Length);
        _kept = ArrayPool<int>.Shared.Rent(Math.Max(text.Length, 1));
    }

    /// <summary>The number of visible characters kept so far.</summary>
    public int Count => _keptCount;

    /// <summary>The last kept visible character, or '\0'.</summary>
    public char Last => _keptCount == 0 ? '\0' : _text[_kept[_keptCount - 1]];

    /// <summary>The visible index of the last kept character (valid when <see cref="Count"/> &gt; 0).</summary>
    public int LastIndex => _kept[_keptCount - 1];

    /// <summary>True when the last kept character is a URL or link character.</summary>
    public bool LastIsFixed => _keptCount > 0 && _fixedChars[_kept[_keptCount - 1]];

    /// <summary>True when the pass removed anything.</summary>
    public bool HasDeletions { get; private set; }

    public void Keep(int index) => _kept[_keptCount++] = index;

    public void Delete(int index)
    {
        _deleted[index] = true;
        HasDeletions = true;
    }

    /// <summary>Removes trailing kept white space (not URL or link characters).</summary>
    public void PopWhitespace()
    {
        while (_keptCount > 0 && char.IsWhiteSpace(Last) && !_fixedChars[_kept[_keptCount - 1]]) Pop();
    }

    /// <summary>Removes trailing kept white space and <c>, ; :</c> marks that a period replaces.</summary>
    public void PopWhitespaceAndWeakMarks()
    {
        while (_keptCount > 0 && (char.IsWhiteSpace(Last) || MarkupScan.IsWeakMark(Last)) && !_fixedChars[_kept[_keptCount - 1]]) Pop();
    }

    /// <summary>The original string without the deleted visible characters.</summary>
    public string Build(string value)
    {
        var removed = ArrayPool<bool>.Shared.Rent(Math.Max(value.Length, 1));
        Array.Clear(removed, 0, value.Length);
        var count = value.Length;
        for (var i = 0; i < _text.Length; i++)
        {
            if (!_deleted[i]) continue;
            removed[_text.Position(i)] = true;
            count--;
        }
        var result = string.Create(count, (value, removed), static (span, state) =>
        {
            var written = 0;
            for (var i = 0; i < state.value.Length; i++)
                if (!state.removed[i]) span[written++] = state.value[i];
        });
        ArrayPool<bool>.Shared.Return(removed);
        return result;
    }

    /// <summary>Returns the rented buffers.</summary>
    public void Dispose()
    {
        if (_kept.Length == 0) return;
        ArrayPool<bool>.Shared.Return(_deleted);
        ArrayPool<int>.Shared.Return(_kept);
        _deleted = [];
        _kept = [];
    }

    private void Pop()
    {
        Delete(_kept[_keptCount - 1]);
        _keptCount--;
    }
}
