using System.Globalization;
using Formatter.Plugins;

namespace Formatter.Styles.Chicago;

/// <summary>
/// Orders a Chicago list before it is rendered (so that the AD year suffixes follow the order): by
/// <see cref="ChicagoSortKey"/>, compared name by name without regard to case and accents, a space before any letter
/// (<c>De Paloi</c> before <c>Délibération</c>), numbers by value (<c>7</c> before <c>123</c>). The option <c>sort</c> gives the keys after the lead: <c>title year</c> (notes and
/// bibliography) or <c>year title</c> (author-date). The sort is stable.
/// </summary>
public sealed class ChicagoSortPass : IListPass
{
    private const CompareOptions Collation = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.NumericOrdering;

    /// <inheritdoc />
    public ListPassStage Stage => ListPassStage.BeforeRender;

    /// <inheritdoc />
    public void Apply(ListPassContext context)
    {
        var culture = context.Options.TryGetValue("collation", out var name) ? name : "en-US";
        var compare = CultureInfo.GetCultureInfo(culture).CompareInfo;
        var yearFirst = context.Options.TryGetValue("sort", out var order) && order.Contains("year title", StringComparison.Ordinal);
        var keyed = context.Entries.Select((entry, index) => (Entry: entry, Key: ChicagoSortKey.Of(entry.Record), Index: index)).ToList();
        keyed.Sort((a, b) =>
        {
            var result = a.Key.Lead.CompareTo(b.Key.Lead, compare, Collation);
            if (result == 0 && yearFirst) result = CompareDates(a.Key, b.Key);
            if (result == 0) result = Compare(a.Key.Title, b.Key.Title, compare);
            if (result == 0 && !yearFirst) result = CompareDates(a.Key, b.Key);
            return result != 0 ? result : a.Index.CompareTo(b.Index);
        });
        context.Entries.Clear();
        context.Entries.AddRange(keyed.Select(k => k.Entry));
    }

    // Equal strings are equal by any collation; the culture-aware comparison costs far more than this check.
    private static int Compare(string a, string b, CompareInfo compare) =>
        string.Equals(a, b, StringComparison.Ordinal) ? 0 : compare.Compare(a, b, Collation);

    private static int CompareDates(ChicagoSortKey a, ChicagoSortKey b) =>
        a.DateGroup != b.DateGroup ? a.DateGroup.CompareTo(b.DateGroup) : a.Year.CompareTo(b.Year);
}
