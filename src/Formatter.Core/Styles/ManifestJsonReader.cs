using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Formatter.Core.Styles;

/// <summary>
/// A small forward-only reader of JSON text for <c>style.json</c>: objects, arrays, strings, and the other values
/// to skip; <c>//</c> and <c>/* */</c> comments and trailing commas are allowed. System.Text.Json's reader would do,
/// but its first use builds search tables that cost a one-record run more than reading every manifest.
/// Errors are <see cref="JsonException"/>s with the line and column counted from 0, as System.Text.Json's are.
/// </summary>
internal sealed class ManifestJsonReader(string text)
{
    private int _at;
    // True right after an opening brace or bracket: the next key or item needs no comma before it. One flag is
    // enough, as every value read sets it back to false, a closed container included.
    private bool _first;

    /// <summary>The kind of the next value, after white space and comments: <c>{ [ " n t f</c> or a digit or <c>-</c>.</summary>
    public char PeekValue()
    {
        SkipSpace();
        if (_at >= text.Length) throw Error(null, "unexpected end of the text");
        return text[_at];
    }

    /// <summary>Reads <c>{</c>; then call <see cref="NextKey"/> until it returns false.</summary>
    public void StartObject(string path)
    {
        if (PeekValue() != '{') throw WrongKind(path, "an object");
        _at++;
        _first = true;
    }

    /// <summary>Reads <c>[</c>; then call <see cref="NextItem"/> until it returns false.</summary>
    public void StartArray(string path, string expected)
    {
        if (PeekValue() != '[') throw WrongKind(path, expected);
        _at++;
        _first = true;
    }

    /// <summary>The next key of the object being read, the reader then on its value; false at the closing brace.</summary>
    public bool NextKey(out string key)
    {
        key = "";
        if (!Continue('}')) return false;
        if (PeekValue() != '"') throw Error(null, $"expected a quoted key, found '{text[_at]}'");
        key = ReadStringToken();
        SkipSpace();
        if (_at >= text.Length || text[_at] != ':') throw Error(null, "expected ':' after a key");
        _at++;
        return true;
    }

    /// <summary>True when another item of the array being read follows; false at the closing bracket.</summary>
    public bool NextItem() => Continue(']');

    /// <summary>A string value, or null for <c>null</c>; any other value is an error naming <paramref name="path"/>.</summary>
    public string? ReadStringOrNull(string path)
    {
        var next = PeekValue();
        if (next == '"') return MarkRead(ReadStringToken());
        if (next == 'n' && TryLiteral("null")) return MarkRead<string?>(null);
        throw WrongKind(path, "a string");
    }

    /// <summary>The error for a value of the wrong kind at the reader's place.</summary>
    public JsonException WrongKind(string path, string expected) => Error(path, $"{path} must be {expected}, not {Describe(PeekValue())}");

    /// <summary>True (and the <c>null</c> read) when the next value is <c>null</c>.</summary>
    public bool TryReadNull()
    {
        if (PeekValue() != 'n' || !TryLiteral("null")) return false;
        _first = false;
        return true;
    }

    /// <summary>Skips the next value whatever it is.</summary>
    public void SkipValue()
    {
        switch (PeekValue())
        {
            case '{':
                _at++;
                _first = true;
                while (NextKey(out _)) SkipValue();
                break;
            case '[':
                _at++;
                _first = true;
                while (NextItem()) SkipValue();
                break;
            case '"':
                ReadStringToken();
                break;
            default:
                if (!TryLiteral("true") && !TryLiteral("false") && !TryLiteral("null") && !TryNumber())
                    throw Error(null, $"'{text[_at]}' does not start a JSON value");
                break;
        }
        _first = false;
    }

    /// <summary>After the root value: only white space and comments may follow.</summary>
    public void End()
    {
        SkipSpace();
        if (_at < text.Length) throw Error(null, $"'{text[_at]}' after the end of the manifest");
    }

    private T MarkRead<T>(T value)
    {
        _first = false;
        return value;
    }

    // Before a key or an item: a comma unless it is the first; the closing character ends the container (a comma
    // before it is allowed).
    private bool Continue(char close)
    {
        var next = PeekValue();
        if (next == close)
        {
            _at++;
            _first = false;
            return false;
        }
        if (!_first)
        {
            if (next != ',') throw Error(null, $"expected ',' or '{close}', found '{next}'");
            _at++;
            if (PeekValue() == close)
            {
                _at++;
                _first = false;
                return false;
            }
        }
        _first = false;
        return true;
    }

    private string ReadStringToken()
    {
        var start = ++_at;
        StringBuilder? built = null;
        while (true)
        {
            if (_at >= text.Length) throw Error(null, "unterminated string");
            var c = text[_at];
            if (c == '"') break;
            if (c < ' ') throw Error(null, "a control character inside a string (write it as an escape)");
            if (c != '\\')
            {
                _at++;
                continue;
            }
            built ??= new StringBuilder();
            built.Append(text, start, _at - start);
            built.Append(Escape());
            start = _at;
        }
        var value = built is null ? text[start.._at] : built.Append(text, start, _at - start).ToString();
        _at++;
        return value;
    }

    private char Escape()
    {
        if (_at + 1 >= text.Length) throw Error(null, "unterminated escape");
        var c = text[_at + 1];
        _at += 2;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_at + 4 > text.Length || !ushort.TryParse(text.AsSpan(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    throw Error(null, "\\u must be followed by four hexadecimal digits");
                _at += 4;
                return (char)code;
            default:
                _at -= 2;
                throw Error(null, $"unknown escape '\\{c}'");
        }
    }

    private bool TryLiteral(string literal)
    {
        if (string.CompareOrdinal(text, _at, literal, 0, literal.Length) != 0) return false;
        _at += literal.Length;
        return true;
    }

    private bool TryNumber()
    {
        var start = _at;
        while (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] is '-' or '+' or '.' or 'e' or 'E')) _at++;
        return double.TryParse(text.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out _) || Fail(start);
    }

    private bool Fail(int start)
    {
        _at = start;
        return false;
    }

    private void SkipSpace()
    {
        while (_at < text.Length)
        {
            var c = text[_at];
            if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                _at++;
            }
            else if (c == '/' && _at + 1 < text.Length && text[_at + 1] == '/')
            {
                var end = text.IndexOf('\n', _at);
                _at = end < 0 ? text.Length : end + 1;
            }
            else if (c == '/' && _at + 1 < text.Length && text[_at + 1] == '*')
            {
                var end = text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                if (end < 0) throw Error(null, "unterminated comment");
                _at = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private static string Describe(char next) => next switch
    {
        '{' => "an object",
        '[' => "an array",
        '"' => "a string",
        't' or 'f' => "true or false",
        'n' => "null",
        _ => "a number",
    };

    private JsonException Error(string? path, string message)
    {
        var at = Math.Min(_at, text.Length);
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var line = text.AsSpan(0, lineStart).Count('\n');
        return new JsonException(message, path, line, Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, at - lineStart)));
    }
}
