using System.Text;

namespace Formatter.Core.Readers.BibTex;

/// <summary>
/// Turns a BibTeX field value (LaTeX) into Unicode text with CSL-JSON inline markup: accents and letter commands
/// become characters, <c>\textit</c>/<c>\textbf</c>/<c>\textsc</c> become <c>&lt;i&gt;</c>/<c>&lt;b&gt;</c>/small caps,
/// math sub- and superscripts become Unicode forms or <c>&lt;sub&gt;</c>/<c>&lt;sup&gt;</c>, <c>--</c>/<c>---</c> become
/// dashes, <c>~</c> a no-break space, and (when asked) a top-level brace group that protects case becomes
/// <c>&lt;span class="nocase"&gt;</c>. Whitespace runs collapse to one space. Linear time, bounded recursion, never throws.
/// </summary>
internal sealed class LatexDecoder
{
    private const int MaxDepth = 48;

    private readonly string _s;
    private readonly bool _protectCase;
    private int _i;

    private LatexDecoder(string text, bool protectCase)
    {
        _s = text;
        _protectCase = protectCase;
    }

    /// <summary>Decodes <paramref name="latex"/>; with <paramref name="protectCase"/>, case-protecting groups become nocase spans.</summary>
    public static string Decode(string latex, bool protectCase = false)
    {
        if (latex.AsSpan().IndexOfAny("\\{}$~-`'") < 0) return Whitespace.Collapse(UnicodeText.ToNfc(latex));
        var decoder = new LatexDecoder(latex, protectCase);
        var builder = new StringBuilder(latex.Length);
        while (decoder._i < latex.Length) decoder.ReadSequence(builder, 0, inGroup: false, math: false);
        return Whitespace.Collapse(UnicodeText.ToNfc(builder.ToString()));
    }

    /// <summary>A value that is not text (URL, DOI, file path): braces dropped, <c>\%</c>, <c>\_</c>, <c>\&amp;</c>… unescaped, <c>~</c> kept.</summary>
    public static string DecodeVerbatim(string latex)
    {
        var builder = new StringBuilder(latex.Length);
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            if (c is '{' or '}') continue;
            if (c == '\\' && i + 1 < latex.Length)
            {
                var next = latex[i + 1];
                if (!char.IsAsciiLetter(next))
                {
                    builder.Append(next);
                    i++;
                    continue;
                }
                var end = i + 1;
                while (end < latex.Length && char.IsAsciiLetter(latex[end])) end++;
                var name = latex[(i + 1)..end];
                if (name is "url" or "href" or "path" or "detokenize")
                {
                    i = end - 1;
                    continue;
                }
                if (LatexSymbols.Words.TryGetValue(name, out var symbol) && name.StartsWith("text", StringComparison.Ordinal))
                {
                    builder.Append(symbol);
                    i = end - 1;
                    continue;
                }
            }
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }

    /// <summary>Reads until the end, or (in a group) an unmatched <c>}</c>, or (in math) a <c>$</c>; neither is consumed.</summary>
    private void ReadSequence(StringBuilder output, int depth, bool inGroup, bool math)
    {
        while (_i < _s.Length)
        {
            var c = _s[_i];
            switch (c)
            {
                case '}':
                    if (inGroup) return;
                    _i++;
                    break;
                case '$':
                    if (math) return;
                    ReadMath(output, depth, inGroup);
                    break;
                case '{':
                    ReadGroup(output, depth, math);
                    break;
                case '\\':
                    ReadCommand(output, depth, inGroup, math);
                    break;
                case '_' or '^' when math:
                    _i++;
                    ReadScript(output, depth, superscript: c == '^');
                    break;
                default:
                    ReadCharacter(output, math);
                    break;
            }
        }
    }

    private void ReadCharacter(StringBuilder output, bool math)
    {
        var c = _s[_i];
        if (char.IsWhiteSpace(c))
        {
            _i++;
            if (!math) output.Append(' ');
            return;
        }
        if (math)
        {
            output.Append(c == '~' ? ' ' : c);
            _i++;
            return;
        }
        switch (c)
        {
            case '~':
                output.Append('\u00A0');
                _i++;
                return;
            case '-':
                var dashes = Run('-', 3);
                output.Append(dashes switch { 3 => "—", 2 => "–", _ => "-" });
                return;
            case '`':
                output.Append(Run('`', 2) == 2 ? "“" : "‘");
                return;
            case '\'':
                output.Append(Run('\'', 2) == 2 ? "”" : "'");
                return;
            default:
                output.Append(c);
                _i++;
                return;
        }
    }

    /// <summary>Consumes up to <paramref name="max"/> copies of <paramref name="c"/>; returns how many.</summary>
    private int Run(char c, int max)
    {
        var count = 0;
        while (count < max && _i < _s.Length && _s[_i] == c)
        {
            count++;
            _i++;
        }
        return count;
    }

    private void ReadGroup(StringBuilder output, int depth, bool math)
    {
        _i++;
        if (depth >= MaxDepth)
        {
            SkipFlattened(output);
            return;
        }
        var special = _i < _s.Length && _s[_i] == '\\';
        var protect = _protectCase && depth == 0 && !math && !special;
        var inner = protect ? new StringBuilder() : output;
        ReadSequence(inner, depth + 1, inGroup: true, math);
        if (_i < _s.Length && _s[_i] == '}') _i++;
        if (!protect) return;
        if (inner.ToString().Any(char.IsLetter)) output.Append(LatexFontCommands.NoCaseOpen).Append(inner).Append("</span>");
        else output.Append(inner);
    }

    /// <summary>Beyond the nesting limit: copies the rest of the group as plain text without recursing.</summary>
    private void SkipFlattened(StringBuilder output)
    {
        var depth = 1;
        while (_i < _s.Length && depth > 0)
        {
            var c = _s[_i++];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c != '\\') output.Append(c);
        }
    }

    private void ReadMath(StringBuilder output, int depth, bool inGroup)
    {
        var display = Run('$', 2) == 2;
        if (depth >= MaxDepth) return;
        ReadSequence(output, depth + 1, inGroup, math: true);
        if (_i < _s.Length && _s[_i] == '$') _i++;
        if (display && _i < _s.Length && _s[_i] == '$') _i++;
    }

    private void ReadScript(StringBuilder output, int depth, bool superscript)
    {
        var text = ReadArgument(depth + 1, math: true);
        if (text.Length == 0) return;
        if (LatexScripts.ToUnicode(text, superscript) is { } unicode)
        {
            output.Append(unicode);
            return;
        }
        var tag = superscript ? "sup" : "sub";
        output.Append('<').Append(tag).Append('>').Append(text).Append("</").Append(tag).Append('>');
    }

    private void ReadCommand(StringBuilder output, int depth, bool inGroup, bool math)
    {
        _i++;
        if (_i >= _s.Length)
        {
            output.Append('\\');
            return;
        }
        var first = _s[_i];
        if (!char.IsAsciiLetter(first))
        {
            _i++;
            var symbol = first.ToString();
            if (LatexSymbols.Accents.ContainsKey(symbol)) ApplyAccent(output, symbol, depth, math);
            else if (LatexSymbols.ControlSymbols.TryGetValue(first, out var text)) output.Append(text);
            else output.Append(first);
            return;
        }
        var start = _i;
        while (_i < _s.Length && char.IsAsciiLetter(_s[_i])) _i++;
        var name = _s[start.._i];
        while (_i < _s.Length && char.IsWhiteSpace(_s[_i])) _i++;
        ApplyWord(output, name, depth, inGroup, math);
    }

    private void ApplyWord(StringBuilder output, string name, int depth, bool inGroup, bool math)
    {
        if (name.Length == 1 && LatexSymbols.Accents.ContainsKey(name) && !LatexSymbols.Words.ContainsKey(name))
        {
            ApplyAccent(output, name, depth, math);
        }
        else if (LatexFontCommands.WithArgument.TryGetValue(name, out var wrap))
        {
            var argument = ReadArgument(depth, math || name is "ensuremath");
            if (argument.Length > 0) output.Append(wrap.Open).Append(argument).Append(wrap.Close);
        }
        else if (LatexFontCommands.Declarations.TryGetValue(name, out var declared))
        {
            if (depth >= MaxDepth) return;
            var rest = new StringBuilder();
            ReadSequence(rest, depth + 1, inGroup, math);
            if (rest.Length > 0) output.Append(declared.Open).Append(rest).Append(declared.Close);
        }
        else if (name is "url" or "path")
        {
            output.Append(DecodeVerbatim(ReadRawArgument()));
        }
        else if (name == "href")
        {
            var url = DecodeVerbatim(ReadRawArgument());
            var text = ReadArgument(depth, math);
            output.Append(text.Length > 0 ? text : url);
        }
        else if (LatexFontCommands.DroppedArgument.Contains(name))
        {
            ReadArgument(depth, math);
        }
        else if (LatexSymbols.Words.TryGetValue(name, out var symbol))
        {
            output.Append(symbol);
        }
        else if (_i < _s.Length && _s[_i] == '{')
        {
            output.Append(ReadArgument(depth, math));
        }
    }

    private void ApplyAccent(StringBuilder output, string accent, int depth, bool math)
    {
        var argument = ReadArgument(depth, math);
        if (argument.Length == 0)
        {
            output.Append(LatexSymbols.BareAccents.GetValueOrDefault(accent, ""));
            return;
        }
        var baseChar = argument[0] switch { 'ı' => 'i', 'ȷ' => 'j', var other => other };
        var accented = UnicodeText.ToNfc(string.Concat(baseChar.ToString(), LatexSymbols.Accents[accent].ToString()));
        output.Append(accented).Append(argument, 1, argument.Length - 1);
    }

    /// <summary>One argument: a braced group (decoded, no case protection), a command, or one character; empty at a <c>}</c> or the end.</summary>
    private string ReadArgument(int depth, bool math)
    {
        while (_i < _s.Length && char.IsWhiteSpace(_s[_i])) _i++;
        if (_i >= _s.Length || _s[_i] == '}' || (_s[_i] == '$' && math)) return "";
        var output = new StringBuilder();
        var c = _s[_i];
        if (depth >= MaxDepth)
        {
            _i++;
            if (c == '{') SkipFlattened(output);
            else output.Append(c);
        }
        else if (c == '{')
        {
            _i++;
            if (depth >= MaxDepth) SkipFlattened(output);
            else
            {
                ReadSequence(output, depth + 1, inGroup: true, math);
                if (_i < _s.Length && _s[_i] == '}') _i++;
            }
        }
        else if (c == '\\') ReadCommand(output, depth + 1, inGroup: true, math);
        else if (c == '$') ReadMath(output, depth + 1, inGroup: true);
        else
        {
            output.Append(c);
            _i++;
        }
        return output.ToString();
    }

    /// <summary>A braced argument as raw text (for URLs).</summary>
    private string ReadRawArgument()
    {
        while (_i < _s.Length && char.IsWhiteSpace(_s[_i])) _i++;
        if (_i >= _s.Length || _s[_i] != '{') return "";
        var start = ++_i;
        var depth = 1;
        while (_i < _s.Length)
        {
            var c = _s[_i++];
            if (c == '\\') _i++;
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return _s[start..(_i - 1)];
        }
        return _s[start..Math.Min(_i, _s.Length)];
    }
}
