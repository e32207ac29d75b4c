using System.Globalization;
using Formatter.Plugins;
using Formatter.Records;
using Formatter.Text;

namespace Formatter.Core.Lists;

/// <summary>
/// The sort key of a rendered entry: the text in its author position (the span the template marks as part
/// <c>author</c>, compared name segment by name segment; or part <c>author-title</c> when a title stands in for the
/// author, compared without its leading article), the date (undated first, then dated, then a status such as
/// <c>in press</c>; year, and month and day for the item types named in <c>sort-full-date</c>) and the title without
/// a leading article.
/// </summary>
internal sealed record EntrySortKey(IReadOnlyList<string> Author, int DateGroup, int Year, int Month, int Day, string Title)
{
    /// <summary>The part names the pass looks for.</summary>
    public const string AuthorPart = "author";

    /// <summary>The part name of a title in the author position.</summary>
    public const string AuthorTitlePart = "author-title";

    /// <summary>Builds the key of an entry; <paramref name="fullDateTypes"/> sort by month and day too.</summary>
    public static EntrySortKey Of(ListEntry entry, IReadOnlySet<string> fullDateTypes)
    {
        var record = entry.Record;
        var title = SortText.WithoutArticle(Core.Text.Markup.Strip(Core.Text.InlineMarkupConverter.Convert(record.Field("title") ?? "")));
        var author = FindPart(entry.Text.Nodes) is { } part
            ? SortText.Segments(part.Argument == AuthorTitlePart ? SortText.WithoutArticle(PlainText(part)) : PlainText(part))
            : new List<string> { title };
        var (group, year, month, day) = DateKey(record, fullDateTypes.Contains(record.Type));
        return new EntrySortKey(author, group, year, month, day, title);
    }

    /// <summary>Compares by the given key order (<c>author</c>, <c>year</c>, <c>title</c>).</summary>
    public int CompareTo(EntrySortKey other, IReadOnlyList<string> order, CompareInfo collation)
    {
        for (var i = 0; i < order.Count; i++)
        {
            var result = order[i] switch
            {
                "author" => SortText.CompareSegments(Author, other.Author, collation),
                "year" => CompareDates(other),
                "title" => SortText.Compare(Title, other.Title, collation),
                _ => 0,
            };
            if (result != 0) return result;
        }
        return 0;
    }

    /// <summary>Undated (0), dated (1) or with a status only (2); then year, month and day.</summary>
    public static (int Group, int Year, int Month, int Day) DateKey(Record record, bool fullDate)
    {
        if (record.Date("issued") is not { } date) return (record.Field("status") is null ? 0 : 2, 0, 0, 0);
        if (date.Start is not { } start) return (1, 0, 0, 0);
        return fullDate ? (1, start.Year, start.Month ?? 0, start.Day ?? 0) : (1, start.Year, 0, 0);
    }

    private int CompareDates(EntrySortKey other)
    {
        var result = DateGroup.CompareTo(other.DateGroup);
        if (result == 0) result = Year.CompareTo(other.Year);
        if (result == 0) result = Month.CompareTo(other.Month);
        if (result == 0) result = Day.CompareTo(other.Day);
        return result;
    }

    private static Span? FindPart(IReadOnlyList<RichNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is not Span span) continue;
            if (span.Kind == SpanKind.Part && span.Argument is AuthorPart or AuthorTitlePart) return span;
            if (FindPart(span.Children) is { } inner) return inner;
        }
        return null;
    }

    private static string PlainText(Span span)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var child in span.Children) child.AppendPlainText(builder);
        return builder.ToString().Trim().TrimEnd('.');
    }
}
