using Formatter.Plugins;
using Formatter.Records;
using Formatter.Text;

namespace Formatter.Styles.Chicago;

/// <summary>
/// CMOS 17 §14.67–69 / §15.17: when consecutive entries have the same author(s), the names of the later entries are
/// replaced by a 3-em dash (<c>———</c>). The author part is the span the template marks as <c>part author</c>.
/// The option <c>subsequent-author-substitute</c> gives the replacement (empty to switch the pass off).
/// </summary>
public sealed class SubsequentAuthorSubstitutePass : IListPass
{
    private const string Part = "author";

    /// <inheritdoc />
    public ListPassStage Stage => ListPassStage.AfterRender;

    /// <inheritdoc />
    public void Apply(ListPassContext context)
    {
        var substitute = context.Options.TryGetValue("subsequent-author-substitute", out var value) ? value : "———";
        if (string.IsNullOrEmpty(substitute)) return;
        string? previous = null;
        ListEntry? previousEntry = null;
        foreach (var entry in context.Entries)
        {
            var author = FindPart(entry.Text.Nodes)?.ToPlainText();
            // Two lists cut short to the same `et al.` may differ after it: then the records' names must be the same too.
            if (author is not null && author == previous
                && (!author.EndsWith(EtAl, StringComparison.Ordinal) || LeadingNames(entry.Record).SequenceEqual(LeadingNames(previousEntry!.Record))))
            {
                // A period the names ended with (`et al.`, an initial) also ended the element, unless a role label or
                // other punctuation follows (`———, ed.`): the dash keeps it.
                var replacement = author.EndsWith('.') && !FollowedByPunctuation(entry.Text, author) ? substitute + "." : substitute;
                entry.Text = new RichText(entry.Text.Nodes.Select(n => Replace(n, replacement)).ToList());
            }
            previous = author;
            previousEntry = entry;
        }
    }

    private const string EtAl = "et al.";

    private static bool FollowedByPunctuation(RichText text, string author)
    {
        var plain = text.ToPlainText();
        var at = plain.IndexOf(author, StringComparison.Ordinal);
        return at >= 0 && at + author.Length < plain.Length && plain[at + author.Length] is ',' or ';' or ':' or '.';
    }

    // The names that lead the entry (the first of the roles that stand in the author slot), each as one text: a body
    // given as a family name alone is the same as one given as a literal.
    private static IReadOnlyList<string> LeadingNames(Record record)
    {
        foreach (var role in LeadingRoles)
        {
            if (record.NameList(role) is { Count: > 0 } names)
                return [.. names.Select(n => n.Literal ?? string.Join(' ', new[] { n.Given, n.NonDroppingParticle, n.Family }.Where(p => !string.IsNullOrWhiteSpace(p))))];
        }
        return [];
    }

    private static readonly string[] LeadingRoles = ["composer", "author", "guest", "host", "editor", "translator", "director", "compiler"];

    private static RichText? FindPart(IReadOnlyList<RichNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is not Span span) continue;
            if (span.Kind == SpanKind.Part && span.Argument == Part) return new RichText(span.Children);
            if (FindPart(span.Children) is { } inner) return inner;
        }
        return null;
    }

    private static RichNode Replace(RichNode node, string substitute) => node switch
    {
        Span { Kind: SpanKind.Part, Argument: Part } span => span with { Children = [new TextRun(substitute)] },
        Span span => span with { Children = span.Children.Select(c => Replace(c, substitute)).ToList() },
        _ => node,
    };
}
