using System.Text;

namespace Formatter.Tests.Readers;

/// <summary>
/// Seeded random and mutated inputs for fuzzing the readers: byte (character) flips, truncations, duplicated and
/// removed braces and lines, huge repeats, deep nesting, and random text drawn from each format's special characters.
/// </summary>
internal sealed class FuzzInputs(int seed, IReadOnlyList<string> samples, string specials)
{
    private const string Noise = "{}()[]@\\\"'$%#=,~-^_&\n\r\t :;/<>ÄéßЖ中\u00A0\u2028\uFEFF\uD800";

    private readonly Random _random = new(seed);

    /// <summary>The next input.</summary>
    public string Next()
    {
        var sample = Window(samples[_random.Next(samples.Count)]);
        return _random.Next(100) switch
        {
            < 2 => Repeat(sample),
            < 3 => Nest(),
            < 12 => RandomText(_random.Next(1, 400)),
            < 22 => sample[.._random.Next(sample.Length + 1)],
            _ => Mutate(sample, _random.Next(1, 8)),
        };
    }

    /// <summary>A long sample is cut to a random window of whole lines (about 4,000 characters) so each case stays quick.</summary>
    private string Window(string sample)
    {
        const int size = 4000;
        if (sample.Length <= size) return sample;
        var start = _random.Next(sample.Length - size);
        start = sample.LastIndexOf('\n', start) + 1;
        var end = sample.IndexOf('\n', Math.Min(sample.Length - 1, start + size));
        return sample[start..(end < 0 ? sample.Length : end + 1)];
    }

    private string Mutate(string text, int times)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < times && builder.Length > 0; i++)
        {
            var at = _random.Next(builder.Length);
            switch (_random.Next(7))
            {
                case 0:
                    builder[at] = Pick();
                    break;
                case 1:
                    builder.Insert(at, Pick());
                    break;
                case 2:
                    builder.Remove(at, Math.Min(builder.Length - at, _random.Next(1, 40)));
                    break;
                case 3:
                    RemoveOne(builder, _random.Next(2) == 0 ? '{' : '}');
                    break;
                case 4:
                    var line = LineAround(builder.ToString(), at);
                    builder.Insert(at - (at - line.Start), line.Text);
                    break;
                case 5:
                    var removed = LineAround(builder.ToString(), at);
                    builder.Remove(removed.Start, removed.Text.Length);
                    break;
                default:
                    builder[at] = (char)_random.Next(1, 0x3000);
                    break;
            }
        }
        return builder.ToString();
    }

    private string Repeat(string sample)
    {
        var start = _random.Next(sample.Length);
        var piece = sample.Substring(start, Math.Min(sample.Length - start, _random.Next(1, 60)));
        if (piece.Length == 0) piece = "{";
        var copies = _random.Next(100, 2000);
        var at = _random.Next(sample.Length + 1);
        return string.Concat(sample.AsSpan(0, at), string.Concat(Enumerable.Repeat(piece, copies)), sample.AsSpan(at));
    }

    private string Nest()
    {
        var depth = _random.Next(100, 5000);
        var open = _random.Next(4) switch { 0 => "{", 1 => "\\'", 2 => "\\textit{", _ => "[{\"a\":" };
        return string.Concat(Enumerable.Repeat(open, depth)) + "x" + new string('}', _random.Next(depth));
    }

    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++) builder.Append(_random.Next(3) == 0 ? (char)_random.Next(32, 127) : Pick());
        return builder.ToString();
    }

    private char Pick()
    {
        var pool = _random.Next(2) == 0 ? specials : Noise;
        return pool[_random.Next(pool.Length)];
    }

    private void RemoveOne(StringBuilder builder, char c)
    {
        var text = builder.ToString();
        var index = text.IndexOf(c, _random.Next(text.Length));
        if (index >= 0) builder.Remove(index, 1);
    }

    private static (int Start, string Text) LineAround(string text, int at)
    {
        var start = at == 0 ? 0 : text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        end = end < 0 ? text.Length : end + 1;
        return (start, text[start..end]);
    }
}
