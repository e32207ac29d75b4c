using System.Text;

namespace Formatter.Text;

/// <summary>
/// A rich-text tree as one string: the text of each run as it is, with a few control characters marking where runs
/// start and spans open and close (a control character of the text itself is escaped). A rendered entry kept this way
/// costs about its length in characters instead of a tree of objects and lists; decoding gives back the same nodes.
/// </summary>
internal static class RichTextEncoding
{
    private const char SpanOpen = '\u0001';
    private const char RunStart = '\u0002';
    private const char ArgumentEnd = '\u0003';
    private const char SpanClose = '\u0004';
    private const char Escape = '\u0005';
    private const char NoArgument = '0';
    private const char WithArgument = '1';

    /// <summary>The encoding of <paramref name="nodes"/>.</summary>
    public static string Encode(IReadOnlyList<RichNode> nodes)
    {
        var builder = new StringBuilder();
        AppendNodes(builder, nodes);
        return builder.ToString();
    }

    /// <summary>The nodes that <paramref name="encoded"/> was made from, as new objects.</summary>
    public static IReadOnlyList<RichNode> Decode(string encoded)
    {
        var position = 0;
        var nodes = ReadNodes(encoded, ref position);
        if (position != encoded.Length) throw new FormatException("rich-text encoding: unexpected end of a span");
        return nodes;
    }

    private static void AppendNodes(StringBuilder builder, IReadOnlyList<RichNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextRun run:
                    builder.Append(RunStart);
                    AppendEscaped(builder, run.Text);
                    break;
                case Span span:
                    builder.Append(SpanOpen).Append((char)('A' + (int)span.Kind));
                    if (span.Argument is null) builder.Append(NoArgument);
                    else AppendEscaped(builder.Append(WithArgument), span.Argument).Append(ArgumentEnd);
                    AppendNodes(builder, span.Children);
                    builder.Append(SpanClose);
                    break;
                default:
                    throw new NotSupportedException($"rich-text encoding: unknown node type {node.GetType().Name}");
            }
        }
    }

    private static StringBuilder AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            if (c is >= SpanOpen and <= Escape) builder.Append(Escape);
            builder.Append(c);
        }
        return builder;
    }

    private static RichNode[] ReadNodes(string encoded, ref int position)
    {
        var nodes = new List<RichNode>();
        while (position < encoded.Length && encoded[position] != SpanClose)
        {
            var marker = encoded[position++];
            if (marker == RunStart)
            {
                nodes.Add(new TextRun(ReadText(encoded, ref position)));
                continue;
            }
            if (marker != SpanOpen) throw new FormatException("rich-text encoding: text outside a run");
            var kind = (SpanKind)(encoded[position++] - 'A');
            string? argument = null;
            if (encoded[position++] == WithArgument)
            {
                argument = ReadText(encoded, ref position);
                position++;
            }
            var children = ReadNodes(encoded, ref position);
            position++;
            nodes.Add(new Span(kind, children, argument));
        }
        return [.. nodes];
    }

    private static string ReadText(string encoded, ref int position)
    {
        var start = position;
        while (position < encoded.Length && encoded[position] is not (SpanOpen or RunStart or ArgumentEnd or SpanClose or Escape)) position++;
        if (position == encoded.Length || encoded[position] != Escape) return encoded[start..position];
        var builder = new StringBuilder().Append(encoded, start, position - start);
        while (position < encoded.Length && encoded[position] is not (SpanOpen or RunStart or ArgumentEnd or SpanClose))
        {
            if (encoded[position] == Escape) position++;
            builder.Append(encoded[position++]);
        }
        return builder.ToString();
    }
}
