using System.Text;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// What a template or an include writes. A template that writes one text (a reference-list entry is usually one
/// statement's value) gives that text back as it is; a second text starts the copy into the builder.
/// </summary>
internal sealed class TemplateOutput
{
    private readonly StringBuilder _builder = new(256);
    private string? _only;

    /// <summary>Appends <paramref name="text"/>.</summary>
    public void Append(string text)
    {
        if (text.Length == 0) return;
        if (_only is null && _builder.Length == 0)
        {
            _only = text;
            return;
        }
        if (_only is not null)
        {
            _builder.Append(_only);
            _only = null;
        }
        _builder.Append(text);
    }

    /// <summary>Empties the output for a new template (a render that was given up may have left text in it).</summary>
    public void Clear()
    {
        _only = null;
        _builder.Clear();
    }

    /// <summary>Everything written.</summary>
    public override string ToString() => _only ?? (_builder.Length == 0 ? "" : _builder.ToString());
}
