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
/// a leading article. A list of 100,000 entries holds 100,000 keys at once, so a key is small: its author segments are
/// one string (see <see cref="SortText.JoinSegments"/>). The title is made when a comparison first needs it (most
/// entries differ by author or year), unless the entry is kept compact: its record would be loaded again.
/// </summary>
internal sealed class EntrySortKey
{
    // The author segments joined by commas; or, when _authorIsTitle, the title standing in for the author as one segment.
    private readonly string _author;
    private readonly bool _authorIsTitle;
    private readonly int _dateGroup;
    private readonly int _year;
    private readonly int _month;
    private readonly int _day;
    // The title once made; until then the entry it is made from (one field: 100,000 keys are held at once).
    private object _title;

    private EntrySortKey(ListEntry entry, string author, bool authorIsTitle, (int Group, int Year, int Month, int Day) date, string? title)
    {
        _author = author;
        _authorIsTitle = authorIsTitle;
        (_dateGroup, _year, _month, _day) = date;
        _title = title ?? (object)entry;
    }

    // Made once, on the first comparison that reaches it (the sort compares on one thread).
    private string Title => _title as string ?? (string)(_title = TitleOf(((ListEntry)_title).Record));

    /// <summary>The part names the pass looks for.</summary>
    public const string AuthorPart = "author";

    /// <summary>The part name of a title in the author position.</summary>
    public const string AuthorTitlePart = "author-title";

    /// <summary>Builds the key of an entry; <paramref name="fullDateTypes"/> sort by month and day too.</summary>
    public static EntrySortKey Of(ListEntry entry, IReadOnlySet<string> fullDateTypes)
    {
        var record = entry.Record;
        var date = DateKey(record, fullDateTypes.Contains(record.Type));
        if (FindPart(entry.Text.Nodes) is not { } part)
        {
            var title = TitleOf(record);
            return new EntrySortKey(entry, title, authorIsTitle: true, date, title);
        }
        var plain = PlainText(part);
        var author = SortText.JoinSegments(part.Argument == AuthorTitlePart ? SortText.WithoutArticle(plain) : plain);
        return new EntrySortKey(entry, author, authorIsTitle: false, date, entry.IsCompact ? TitleOf(record) : null);
    }

    /// <summary>The title as it sorts: inline markup converted and stripped, without a leading article.</summary>
    public static string TitleOf(Record record) =>
        SortText.WithoutArticle(Core.Text.Markup.Strip(Core.Text.InlineMarkupConverter.Convert(record.Field("title") ?? "")));

    /// <summary>Compares by the given key order (<c>author</c>, <c>year</c>, <c>title</c>).</summary>
    public int CompareTo(EntrySortKey other, IReadOnlyList<string> order, CompareInfo collation)
    {
        for (var i = 0; i < order.Count; i++)
        {
            var result = order[i] switch
            {
                "author" => SortText.CompareSegments(_author, _authorIsTitle, other._author, other._authorIsTitle, collation),
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
        var result = _dateGroup.CompareTo(other._dateGroup);
        if (result == 0) result = _year.CompareTo(other._year);
        if (result == 0) result = _month.CompareTo(other._month);
        if (result == 0) result = _day.CompareTo(other._day);
        return result;
    }

    private static Span? FindPart(IReadOnlyList<RichNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is not Span span) continue;
            if (span.Kind == SpanKind.Part && span.Argument is AuthorPart or AuthorTitlePart) return span;
            if (FindPart(span.Children) is { } inner) return inner;
        }
        return null;
    }

    // The span's text without surrounding white space and final periods (a part of one string made for it).
    private static ReadOnlySpan<char> PlainText(Span span)
    {
        var builder = Core.Text.BuilderPool.Rent();
        for (var i = 0; i < span.Children.Count; i++) span.Children[i].AppendPlainText(builder);
        return Core.Text.BuilderPool.Return(builder).AsSpan().Trim().TrimEnd('.');
    }
}
