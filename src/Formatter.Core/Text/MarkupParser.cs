using System.Collections.Concurrent;
using Formatter.Core.Locales;
using Formatter.Core.Text.Punctuation;
using Formatter.Text;

namespace Formatter.Core.Text;

/// <summary>Parses the neutral markup of <see cref="Markup"/> into a <see cref="RichText"/> tree.</summary>
internal static class MarkupParser
{
    // Part names (author, title…) recur in every entry: each is allocated once per process.
    private static readonly ConcurrentDictionary<string, string> PartNames = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PartNameLookup =
        PartNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxPartNames = 1024;
    private static int _partNameCount;

    // The nodes of each open span are gathered in a list of this thread's, one per depth, and kept as an array of
    // their exact number when the span closes: a long list holds every entry's tree until it is written, and a tree
    // of arrays is fewer and smaller objects for the collector to copy than one of lists.
    [ThreadStatic]
    private static List<List<RichNode>>? t_levels;

    // The open spans, innermost on top: one stack per thread, empty between parses.
    [ThreadStatic]
    private static Stack<(SpanKind Kind, string? Argument, List<RichNode> Children)>? t_open;

    /// <summary>Parses <paramref name="markup"/>; unbalanced markers are tolerated (an unclosed span closes at the end).</summary>
    /// <param name="markup">Template output.</param>
    /// <param name="quotes">Outer and inner quotation marks; quote spans alternate between them by depth.</param>
    public static RichText Parse(string markup, QuoteMarks quotes)
    {
        var levels = t_levels ??= [];
        var stack = t_open ??= new(8);
        stack.Clear();
        var current = Level(levels, 0);
        var quoteDepth = 0;
        string? outerQuote = null, innerQuote = null;
        var text = BuilderPool.Rent();
        var i = 0;
        while (i < markup.Length)
        {
            var c = markup[i];
            if (c == Markup.Open)
            {
                Flush(text, current);
                var tagEnd = markup.IndexOf(Markup.TagEnd, i + 1);
                if (tagEnd < 0) break;
                var (kind, argument) = ParseTag(markup.AsSpan(i + 1, tagEnd - i - 1));
                if (kind == SpanKind.Quote)
                {
                    argument = quoteDepth % 2 == 0
                        ? outerQuote ??= quotes.OuterOpen + "\t" + quotes.OuterClose
                        : innerQuote ??= quotes.InnerOpen + "\t" + quotes.InnerClose;
                    quoteDepth++;
                }
                stack.Push((kind, argument, current));
                current = Level(levels, stack.Count);
                i = tagEnd + 1;
            }
            else if (c == Markup.Close)
            {
                Flush(text, current);
                if (stack.Count > 0) current = CloseSpan(stack, current, ref quoteDepth);
                i++;
            }
            else if (c == Markup.TagEnd)
            {
                i++;
            }
            else
            {
                var end = markup.AsSpan(i).IndexOfAny(Markup.Open, Markup.Close, Markup.TagEnd);
                var length = end < 0 ? markup.Length - i : end;
                text.Append(markup, i, length);
                i += length;
            }
        }
        Flush(text, current);
        BuilderPool.Release(text);
        while (stack.Count > 0) current = CloseSpan(stack, current, ref quoteDepth);
        return new RichText(Take(current));
    }

    private static List<RichNode> CloseSpan(Stack<(SpanKind Kind, string? Argument, List<RichNode> Children)> stack, List<RichNode> current, ref int quoteDepth)
    {
        var (kind, argument, parent) = stack.Pop();
        if (kind == SpanKind.Quote) quoteDepth--;
        if (current.Count > 0) parent.Add(new Span(kind, Take(current), argument));
        return parent;
    }

    // The gathering list of a depth, empty.
    private static List<RichNode> Level(List<List<RichNode>> levels, int depth)
    {
        while (levels.Count <= depth) levels.Add(new List<RichNode>(8));
        var level = levels[depth];
        level.Clear();
        return level;
    }

    // The nodes gathered, as an array; the list is left empty for the next span at its depth.
    private static RichNode[] Take(List<RichNode> gathered)
    {
        if (gathered.Count == 0) return [];
        var nodes = gathered.ToArray();
        gathered.Clear();
        if (gathered.Capacity > 1024) gathered.Capacity = 8;
        return nodes;
    }

    private static void Flush(System.Text.StringBuilder text, List<RichNode> into)
    {
        if (text.Length == 0) return;
        into.Add(new TextRun(text.ToString()));
        text.Clear();
    }

    private static (SpanKind Kind, string? Argument) ParseTag(ReadOnlySpan<char> tag)
    {
        var space = tag.IndexOf(' ');
        var name = space < 0 ? tag : tag[..space];
        return name switch
        {
            "i" => (SpanKind.Italic, null),
            "b" => (SpanKind.Bold, null),
            "sc" => (SpanKind.SmallCaps, null),
            "sup" => (SpanKind.Superscript, null),
            "sub" => (SpanKind.Subscript, null),
            "nocase" => (SpanKind.NoCase, null),
            "q" => (SpanKind.Quote, null),
            "link" => (SpanKind.Link, space < 0 ? null : tag[(space + 1)..].ToString()),
            _ => (SpanKind.Part, PartName(space < 0 ? name : tag[(space + 1)..])),
        };
    }

    private static string PartName(ReadOnlySpan<char> name)
    {
        if (PartNameLookup.TryGetValue(name, out var known)) return known;
        var text = name.ToString();
        // Counted apart: ConcurrentDictionary.Count takes every lock (and starts the collection's event source).
        if (Volatile.Read(ref _partNameCount) >= MaxPartNames) return text;
        var shared = PartNames.GetOrAdd(text, text);
        if (ReferenceEquals(shared, text)) Interlocked.Increment(ref _partNameCount);
        return shared;
    }
}
