using System.Globalization;
using Formatter.Records;

namespace Formatter.Core.Lists;

/// <summary>
/// The sort key of an entry: its names (family, then given, name by name — "nothing precedes something"), the year
/// and the title without a leading article. Entries without names sort by title in the name slot.
/// </summary>
internal sealed record SortKey(IReadOnlyList<string> Names, int Year, string Title)
{
    /// <summary>Builds the key of a record; <paramref name="roles"/> are tried in order for the names.</summary>
    public static SortKey Of(Record record, IReadOnlyList<string> roles)
    {
        var names = new List<string>();
        foreach (var role in roles)
        {
            var list = record.NameList(role);
            if (list.Count == 0) continue;
            foreach (var name in list)
            {
                if (name.Literal is { } literal) names.Add(WithoutArticle(literal));
                else
                {
                    names.Add(string.Join(" ", new[] { name.NonDroppingParticle, name.Family }.Where(p => !string.IsNullOrEmpty(p))));
                    names.Add(name.Given ?? "");
                }
            }
            break;
        }
        var title = WithoutArticle(Core.Text.Markup.Strip(Core.Text.InlineMarkupConverter.Convert(record.Field("title") ?? "")));
        if (names.Count == 0) names.Add(title);
        var year = record.Date("issued")?.Year ?? int.MinValue;
        return new SortKey(names, year, title);
    }

    /// <summary>Compares by the given key order (<c>author</c>, <c>year</c>, <c>title</c>).</summary>
    public int CompareTo(SortKey other, IReadOnlyList<string> order, CompareInfo collation)
    {
        foreach (var key in order)
        {
            var result = key switch
            {
                "author" => CompareNames(Names, other.Names, collation),
                "year" => Year.CompareTo(other.Year),
                "title" => Compare(Title, other.Title, collation),
                _ => 0,
            };
            if (result != 0) return result;
        }
        return 0;
    }

    private static int CompareNames(IReadOnlyList<string> a, IReadOnlyList<string> b, CompareInfo collation)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var result = Compare(a[i], b[i], collation);
            if (result != 0) return result;
        }
        return a.Count.CompareTo(b.Count);
    }

    private static int Compare(string a, string b, CompareInfo collation) => SortText.Compare(a, b, collation);

    private static string WithoutArticle(string title) => SortText.WithoutArticle(title);
}
