using System.Text;
using Formatter.Diagnostics;

namespace Formatter.Core.Readers.BibTex;

/// <summary>
/// The syntax layer of the BibTeX reader: finds <c>@type{key, name = value, …}</c> entries (or with parentheses),
/// expands <c>@string</c> macros and <c>#</c> concatenation, skips <c>@preamble</c>, <c>@comment</c>, <c>%</c> comments
/// and text between entries. A syntax error abandons only its entry: the error names the offset, key and field, and
/// parsing resumes at the next <c>@</c> that starts a line. Runs in linear time; never throws.
/// </summary>
internal sealed class BibTexParser
{
    private readonly string _text;
    private readonly BibTexMacros _macros = new();
    private readonly List<BibTexEntry> _entries = [];
    private readonly List<BibTexProblem> _problems = [];
    private int _pos;
    private List<int>? _entryStarts;
    private LineMap? _lines;
    private string? _key;
    private string? _field;

    private BibTexParser(string text) => _text = text;

    /// <summary>Parses a whole file.</summary>
    public static BibTexParseResult Parse(string text)
    {
        var parser = new BibTexParser(text);
        parser.Run();
        return new BibTexParseResult(parser._entries, parser._problems);
    }

    private void Run()
    {
        while (_pos < _text.Length)
        {
            var at = _text.IndexOf('@', _pos);
            if (at < 0) break;
            _pos = at + 1;
            _key = null;
            _field = null;
            try
            {
                ParseItem(at);
            }
            catch (BibTexSyntaxError error)
            {
                var what = _key is null ? "" : "; entry skipped";
                _problems.Add(new BibTexProblem(DiagnosticSeverity.Error, error.Offset, _key, _field, error.Message + what));
                _pos = Resync(at, error.Offset);
            }
        }
    }

    private void ParseItem(int at)
    {
        var atLineStart = IsAtLineStart(at);
        if (at > 0 && char.IsLetterOrDigit(_text[at - 1])) return;
        SkipSpaceAndComments();
        var typeStart = _pos;
        var type = ReadIdentifier().ToLowerInvariant();
        SkipSpaceAndComments();
        var open = Peek();
        if (type.Length == 0 || (open != '{' && open != '('))
        {
            if (atLineStart && type.Length > 0) throw new BibTexSyntaxError(_pos, $"expected '{{' or '(' after '@{type}'");
            if (atLineStart) throw new BibTexSyntaxError(typeStart, "expected an entry type after '@'");
            return;
        }
        _pos++;
        var close = open == '{' ? '}' : ')';
        switch (type)
        {
            case "comment":
                SkipComment(open, close);
                break;
            case "preamble":
                _key = "@preamble";
                ReadValue(close);
                ExpectClose(close);
                break;
            case "string":
                ParseString(close);
                break;
            default:
                ParseEntry(type, close, at);
                break;
        }
    }

    private void ParseString(char close)
    {
        SkipSpaceAndComments();
        var nameStart = _pos;
        var name = ReadIdentifier();
        _key = "@string " + name;
        if (name.Length == 0) throw new BibTexSyntaxError(nameStart, "expected a macro name in @string");
        SkipSpaceAndComments();
        Expect('=', "expected '=' after the macro name");
        var value = ReadValue(close);
        _macros.Define(name, value);
        SkipSpaceAndComments();
        if (Peek() == ',') _pos++;
        ExpectClose(close);
    }

    private void ParseEntry(string type, char close, int at)
    {
        SkipSpaceAndComments();
        var key = ReadKey(close);
        _key = key;
        SkipSpaceAndComments();
        var fields = new List<BibTexField>();
        if (Peek() != ',' && Peek() != close)
        {
            if (Peek() == '=') throw new BibTexSyntaxError(_pos, "the entry has no key (a field comes first)");
            throw new BibTexSyntaxError(_pos, $"expected ',' after the key '{key}'");
        }
        var needsComma = false;
        var lastValue = -1;
        string? lastField = null;
        while (true)
        {
            SkipSpaceAndComments();
            if (_pos >= _text.Length) throw new BibTexSyntaxError(at, $"entry '{key}' is not closed with '{close}'");
            var c = _text[_pos];
            if (c == close)
            {
                _pos++;
                break;
            }
            if (c == ',')
            {
                _pos++;
                needsComma = false;
                continue;
            }
            if (c == '@' && lastField is not null && StartsEntry(_pos))
            {
                _field = lastField;
                throw new BibTexSyntaxError(lastValue, $"entry '{key}' is not closed before the next entry (line {LineOf(_pos)}); check the braces of this value");
            }
            var nameStart = _pos;
            var name = ReadIdentifier().ToLowerInvariant();
            if (name.Length == 0) throw new BibTexSyntaxError(_pos, $"expected a field name or '{close}', found '{Describe(c)}'");
            _field = name;
            if (needsComma)
                _problems.Add(new BibTexProblem(DiagnosticSeverity.Warning, nameStart, key, name, "missing ',' before this field; read anyway"));
            SkipSpaceAndComments();
            Expect('=', $"expected '=' after the field name '{name}'");
            SkipSpaceAndComments();
            lastValue = _pos;
            lastField = name;
            var value = ReadValue(close);
            fields.Add(new BibTexField(name, value, nameStart));
            _field = null;
            needsComma = true;
        }
        _entries.Add(new BibTexEntry(type, key, fields, at));
    }

    private string ReadValue(char close)
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipSpaceAndComments();
            if (_pos >= _text.Length) throw new BibTexSyntaxError(_pos, "expected a value, found the end of the file");
            var c = _text[_pos];
            if (c == '{') value.Append(ReadDelimited('{'));
            else if (c == '"') value.Append(ReadDelimited('"'));
            else if (char.IsAsciiDigit(c)) value.Append(ReadWhile(char.IsAsciiDigit));
            else if (IsIdentifierChar(c)) value.Append(ExpandMacro());
            else throw new BibTexSyntaxError(_pos, c == close || c == ',' ? "missing value" : $"expected a value, found '{Describe(c)}'");
            SkipSpaceAndComments();
            if (Peek() != '#') return value.ToString();
            _pos++;
        }
    }

    private string ExpandMacro()
    {
        var start = _pos;
        var name = ReadIdentifier();
        if (_macros.Find(name) is { } expansion) return expansion;
        _problems.Add(new BibTexProblem(DiagnosticSeverity.Warning, start, _key, _field, $"undefined macro '{name}'; its name is kept as the text"));
        return name;
    }

    /// <summary>A <c>{…}</c> or <c>"…"</c> value without its delimiters; braces inside must balance (<c>\{</c> and <c>\}</c> do not count).</summary>
    private string ReadDelimited(char opener)
    {
        var start = _pos;
        _pos++;
        var depth = opener == '{' ? 1 : 0;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            switch (c)
            {
                case '\\':
                    _pos += 2;
                    continue;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    if (depth < 0) throw new BibTexSyntaxError(_pos, "unbalanced '}' in a quoted value");
                    if (depth == 0 && opener == '{')
                    {
                        _pos++;
                        return _text[(start + 1)..(_pos - 1)];
                    }
                    break;
                case '"' when opener == '"' && depth == 0:
                    _pos++;
                    return _text[(start + 1)..(_pos - 1)];
                case '\n' when StartsEntry(_pos + 1):
                    throw Unclosed(start, opener);
            }
            _pos++;
        }
        throw Unclosed(start, opener);
    }

    private BibTexSyntaxError Unclosed(int start, char opener)
    {
        var what = opener == '{' ? "unbalanced braces: the value opened here is not closed" : "unterminated quoted value";
        return new BibTexSyntaxError(start, what + " before the next entry or the end of the file");
    }

    /// <summary>True when a line starting at <paramref name="index"/> looks like the start of an entry (<c>@word{</c> or <c>@word(</c>).</summary>
    private bool StartsEntry(int index)
    {
        var i = index;
        while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t')) i++;
        if (i >= _text.Length || _text[i] != '@') return false;
        i++;
        var letters = i;
        while (i < _text.Length && char.IsAsciiLetter(_text[i])) i++;
        if (i == letters) return false;
        while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t')) i++;
        return i < _text.Length && (_text[i] == '{' || _text[i] == '(');
    }

    private void SkipComment(char open, char close)
    {
        var depth = 1;
        while (_pos < _text.Length && depth > 0)
        {
            var c = _text[_pos++];
            if (c == open) depth++;
            else if (c == close) depth--;
            else if (c == '\n' && StartsEntry(_pos)) return;
        }
    }

    private string ReadKey(char close)
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == ',' || c == close || c == '{' || c == '}' || c == '=' || c == '"' || c == '#' || char.IsWhiteSpace(c)) break;
            _pos++;
        }
        return _text[start.._pos];
    }

    private string ReadIdentifier() => ReadWhile(IsIdentifierChar);

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = _pos;
        while (_pos < _text.Length && accept(_text[_pos])) _pos++;
        return _text[start.._pos];
    }

    private static bool IsIdentifierChar(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}' or '@' or '\\');

    private void SkipSpaceAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c)) _pos++;
            else if (c == '%')
            {
                var end = _text.IndexOf('\n', _pos);
                _pos = end < 0 ? _text.Length : end + 1;
            }
            else break;
        }
    }

    private void Expect(char expected, string message)
    {
        if (Peek() != expected) throw new BibTexSyntaxError(_pos, message);
        _pos++;
    }

    private void ExpectClose(char close)
    {
        SkipSpaceAndComments();
        Expect(close, $"expected '{close}' to close the item");
    }

    private int LineOf(int offset) => (_lines ??= LineMap.ForText(_text)).LineOf(offset);

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private static string Describe(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();

    private bool IsAtLineStart(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_text[i] == '\n') return true;
            if (_text[i] != ' ' && _text[i] != '\t' && _text[i] != '\r' && _text[i] != '\uFEFF') return false;
        }
        return true;
    }

    /// <summary>Where to go on after an error in the item starting at <paramref name="at"/>: the next <c>@</c> that starts a line.</summary>
    private int Resync(int at, int errorOffset)
    {
        _entryStarts ??= FindEntryStarts();
        var index = _entryStarts.BinarySearch(at + 1);
        if (index < 0) index = ~index;
        if (index < _entryStarts.Count) return _entryStarts[index];
        var next = _text.IndexOf('@', Math.Max(at + 1, Math.Min(errorOffset, _text.Length)));
        return next < 0 ? _text.Length : next;
    }

    /// <summary>The offsets of every <c>@type{</c> that starts a line, found once (errors then resume in constant time).</summary>
    private List<int> FindEntryStarts()
    {
        var starts = new List<int>();
        if (StartsEntry(0)) starts.Add(0);
        for (var i = _text.IndexOf('\n'); i >= 0; i = _text.IndexOf('\n', i + 1))
        {
            if (StartsEntry(i + 1)) starts.Add(i + 1);
        }
        return starts;
    }
}
