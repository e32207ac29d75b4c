namespace Formatter.Core.Text.Punctuation;

/// <summary>The output of one clean-up pass: the visible characters kept so far and the ones deleted.</summary>
internal sealed class CleanState(VisibleText text, bool[] fixedChars)
{
    private readonly bool[] _deleted = new bool[text.Length];
    private readonly List<int> _kept = new(text.Length);

    /// <summary>The number of visible characters kept so far.</summary>
    public int Count => _kept.Count;

    /// <summary>The last kept visible character, or '\0'.</summary>
    public char Last => _kept.Count == 0 ? '\0' : text[_kept[^1]];

    /// <summary>The visible index of the last kept character (valid when <see cref="Count"/> &gt; 0).</summary>
    public int LastIndex => _kept[^1];

    /// <summary>True when the last kept character is a URL or link character.</summary>
    public bool LastIsFixed => _kept.Count > 0 && fixedChars[_kept[^1]];

    /// <summary>True when the pass removed anything.</summary>
    public bool HasDeletions { get; private set; }

    public void Keep(int index) => _kept.Add(index);

    public void Delete(int index)
    {
        _deleted[index] = true;
        HasDeletions = true;
    }

    /// <summary>Removes trailing kept white space (not URL or link characters).</summary>
    public void PopWhitespace()
    {
        while (_kept.Count > 0 && char.IsWhiteSpace(Last) && !fixedChars[_kept[^1]]) Pop();
    }

    /// <summary>Removes trailing kept white space and <c>, ; :</c> marks that a period replaces.</summary>
    public void PopWhitespaceAndWeakMarks()
    {
        while (_kept.Count > 0 && (char.IsWhiteSpace(Last) || MarkupScan.IsWeakMark(Last)) && !fixedChars[_kept[^1]]) Pop();
    }

    /// <summary>The original string without the deleted visible characters.</summary>
    public string Build(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < _deleted.Length; i++)
            if (_deleted[i]) chars[text.Position(i)] = '\uFFFF';
        var result = new char[chars.Length];
        var count = 0;
        foreach (var c in chars) if (c != '\uFFFF') result[count++] = c;
        return new string(result, 0, count);
    }

    private void Pop()
    {
        Delete(_kept[^1]);
        _kept.RemoveAt(_kept.Count - 1);
    }
}
