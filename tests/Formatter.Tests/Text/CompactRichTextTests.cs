using Formatter.Text;

namespace Formatter.Tests.Text;

/// <summary>A rendered entry kept compact gives back the same tree: node kinds, arguments, runs and plain text.</summary>
public sealed class CompactRichTextTests
{
    public static TheoryData<string> Trees() => new()
    {
        "",
        "T(plain)",
        "T() T(two) T(adjacent runs)",
        "S(Part,author,[T(Holmes, T.)]) T( (2021). ) S(Italic,,[T(Title)]) S(Link,https://x.org/a?b=1,[T(https://x.org/a?b=1)])",
        "S(Quote,«\t»,[S(Bold,,[S(SmallCaps,,[])]) T(inner)]) S(Part,,[])",
        "T(control \u0001\u0002\u0003\u0004\u0005 chars) S(Link,arg \u0003 with \u0005 marks,[T(\u0004)])",
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void A_compact_text_decodes_to_the_same_tree(string description)
    {
        var text = new RichText(Parse(description));

        var compact = text.Compact();

        Assert.NotSame(text, compact);
        Assert.Equal(Describe(text.Nodes), Describe(compact.Nodes));
        Assert.Equal(text.ToPlainText(), compact.ToPlainText());
        Assert.Equal(text.IsEmpty, compact.IsEmpty);
        Assert.Same(compact, compact.Compact());
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void A_text_spilled_to_a_store_decodes_to_the_same_tree(string description)
    {
        var store = Assert.IsType<Formatter.Core.Lists.SpillFile>(Formatter.Core.Lists.SpillFile.TryCreate());
        var text = new RichText(Parse(description));

        var spilled = text.Spill(store);
        var fromCompact = text.Compact().Spill(store);

        Assert.Equal(Describe(text.Nodes), Describe(spilled.Nodes));
        Assert.Equal(Describe(text.Nodes), Describe(fromCompact.Nodes));
        Assert.Equal(text.ToPlainText(), spilled.ToPlainText());
        Assert.Same(spilled, spilled.Spill(store));
        Assert.Same(spilled, spilled.Compact());
    }

    [Fact]
    public void The_empty_text_and_a_lone_surrogate_are_not_spilled()
    {
        var store = Formatter.Core.Lists.SpillFile.TryCreate()!;
        var broken = new RichText([new TextRun("broken \uD800 pair")]);

        Assert.Same(RichText.Empty, RichText.Empty.Spill(store));
        Assert.Same(broken, broken.Spill(store));
    }

    [Fact]
    public void A_text_with_a_lone_surrogate_stays_a_tree()
    {
        var text = new RichText([new TextRun("broken \uD800 pair")]);

        Assert.Same(text, text.Compact());
    }

    [Fact]
    public void A_compact_text_read_twice_in_a_row_gives_the_same_nodes_and_another_text_its_own()
    {
        var compact = new RichText([new TextRun("a")]).Compact();
        var other = new RichText([new TextRun("b")]).Compact();

        var nodes = compact.Nodes;

        Assert.Same(nodes, compact.Nodes);
        Assert.Equal("b", Assert.IsType<TextRun>(Assert.Single(other.Nodes)).Text);
        Assert.NotSame(nodes, compact.Nodes);
    }

    [Fact]
    public void The_empty_text_stays_itself() => Assert.Same(RichText.Empty, RichText.Empty.Compact());

    [Fact]
    public void Null_and_empty_arguments_stay_apart()
    {
        var compact = new RichText([new Span(SpanKind.Part, [], null), new Span(SpanKind.Part, [], "")]).Compact();

        Assert.Equal([null, ""], compact.Nodes.Cast<Span>().Select(s => s.Argument));
    }

    /// <summary>A tiny notation: <c>T(text)</c> for a run, <c>S(Kind,argument,[children])</c> for a span (empty argument is "").</summary>
    private static List<RichNode> Parse(string description)
    {
        var position = 0;
        return ParseNodes(description, ref position);
    }

    private static List<RichNode> ParseNodes(string s, ref int position)
    {
        var nodes = new List<RichNode>();
        while (position < s.Length && s[position] != ']')
        {
            if (s[position] == ' ')
            {
                position++;
                continue;
            }
            if (s[position] == 'T')
            {
                var close = FindClose(s, position + 2);
                nodes.Add(new TextRun(s[(position + 2)..close]));
                position = close + 1;
                continue;
            }
            var kindEnd = s.IndexOf(',', position);
            var kind = Enum.Parse<SpanKind>(s[(position + 2)..kindEnd]);
            var argumentEnd = s.IndexOf(",[", kindEnd, StringComparison.Ordinal);
            var argument = s[(kindEnd + 1)..argumentEnd];
            position = argumentEnd + 2;
            var children = ParseNodes(s, ref position);
            position += 2;
            nodes.Add(new Span(kind, children, argument));
        }
        return nodes;
    }

    private static int FindClose(string s, int from)
    {
        var depth = 0;
        for (var i = from; i < s.Length; i++)
        {
            if (s[i] == '(') depth++;
            if (s[i] == ')' && depth-- == 0) return i;
        }
        throw new FormatException("unclosed run");
    }

    private static string Describe(IReadOnlyList<RichNode> nodes) => string.Join(" ", nodes.Select(n => n switch
    {
        TextRun run => $"T<{run.Text}>",
        Span span => $"S<{span.Kind}|{span.Argument ?? "(null)"}|{Describe(span.Children)}>",
        _ => "?",
    }));
}
