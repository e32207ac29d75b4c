using Formatter.Core.Lists;
using Formatter.Plugins;
using Formatter.Records;
using Formatter.Text;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Lists;

/// <summary>
/// An entry of a long list keeps every text set on it compact, whoever sets it (rendering or a pass), so that a pass
/// rewriting all entries does not hold them all as trees; an entry of an ordinary list keeps the text it is given.
/// </summary>
public sealed class ListEntryTextTests
{
    private static readonly Record Book = new() { Id = "b", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "T" } };

    private static RichText Tree() => new([new Span(SpanKind.Part, [new TextRun("Okafor, C.")], "author"), new TextRun(" (2020). "), new Span(SpanKind.Italic, [new TextRun("T")])]);

    [Fact]
    public void An_ordinary_entry_keeps_the_tree_it_is_given()
    {
        var tree = Tree();
        var entry = new ListEntry(Book) { Text = tree, Citation = tree };

        Assert.Same(tree, entry.Text);
        Assert.Same(tree, entry.Citation);
    }

    [Fact]
    public void An_entry_of_a_parked_record_encodes_its_texts_and_reads_them_back_equal()
    {
        var tree = Tree();
        var entry = new ListEntry(ParkedRecord.Of(Book)) { Text = tree, Citation = tree };

        Assert.NotSame(tree, entry.Text);
        Assert.NotSame(tree, entry.Citation);
        Assert.Equal(RichTextEncoding.Encode(tree.Nodes), RichTextEncoding.Encode(entry.Text.Nodes));
        Assert.Equal(tree.ToPlainText(), entry.Citation!.ToPlainText());
    }

    [Fact]
    public void An_entry_of_a_spilled_record_puts_its_text_in_the_records_file()
    {
        var spill = SpillFile.TryCreate();
        Assert.NotNull(spill);
        var entry = new ListEntry(SpilledRecord.Of(Book, spill));
        var before = spill.Append([]).Offset;

        entry.Text = Tree();

        Assert.True(spill.Append([]).Offset > before);
        Assert.Equal(Tree().ToPlainText(), entry.Text.ToPlainText());
    }
}
