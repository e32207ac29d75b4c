using System.Text;

namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// One join of <see cref="Punctuation.Join(string, IEnumerable{string?})"/>, fed part by part, so that a caller holding
/// a list needs no enumerator. Blank parts are skipped, and no mark is doubled at a joint (the rules are Join's).
/// </summary>
internal struct PartJoiner(string? separator)
{
    private readonly string _separator = separator ?? "";
    private StringBuilder? _builder;
    private int _previousStart;
    private string? _previous;

    /// <summary>Adds the next part.</summary>
    public void Add(string? part)
    {
        if (MarkupScan.IsBlank(part)) return;
        if (_previous is null)
        {
            // One part alone is returned as it is: most joins in a template have one or two non-empty parts.
            _previous = part;
            return;
        }
        if (_builder is null)
        {
            _builder = BuilderPool.Rent();
            _previousStart = 0;
            _builder.Append(_previous);
        }
        var lastIndex = MarkupScan.LastVisibleIndex(_previous);
        var last = lastIndex < 0 ? '\0' : _previous[lastIndex];
        var joint = _separator;
        if (joint.Length > 0)
        {
            var mark = joint[0];
            if (mark == '.' && MarkupScan.EndsSentence(last)) joint = joint[1..];
            else if (MarkupScan.IsWeakMark(mark) && last == mark) joint = joint[1..];
            else if ((mark == '.' || MarkupScan.IsWeakMark(mark)) && MarkupScan.IsWeakMark(last))
                _builder.Remove(_previousStart + lastIndex, 1);
        }
        _builder.Append(joint);
        _previousStart = _builder.Length;
        _builder.Append(part);
        _previous = part;
    }

    /// <summary>The joined text ("" when every part was blank).</summary>
    public readonly string Result() => _builder is null ? _previous ?? "" : BuilderPool.Return(_builder);
}
