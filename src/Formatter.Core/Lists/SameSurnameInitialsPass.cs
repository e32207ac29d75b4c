using Formatter.Core.Text.Names;
using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Core.Lists;

/// <summary>
/// In-text citations of different people with one surname (APA 7 §8.20, CMOS 15.21): when the first authors of two
/// works in the list share a family name but not their initials, each such work gets <c>list.cite_initials</c>
/// (<c>true</c>), and its citation template puts the first author's initials before the name:
/// <c>(A. Okafor, 2020)</c>, <c>(C. Okafor, 2020)</c>. The first author is the first name of the first role in
/// <c>sort-names</c> (default <c>author editor</c>) the record has; literal names (organisations) are never initialled.
/// </summary>
internal sealed class SameSurnameInitialsPass : IListPass
{
    public ListPassStage Stage => ListPassStage.BeforeRender;

    public void Apply(ListPassContext context)
    {
        if (context.Entries.Count < 2) return;
        var roles = ListSorting.Words(context.Options.GetValueOrDefault("sort-names") ?? "author editor");
        var firsts = context.Entries.Select(entry => FirstPerson(entry.Record, roles)).ToList();
        var initialsBySurname = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (family, initials) in firsts.OfType<(string Family, string Initials)>())
        {
            if (!initialsBySurname.TryGetValue(family, out var set)) initialsBySurname[family] = set = new(StringComparer.OrdinalIgnoreCase);
            set.Add(initials);
        }
        for (var i = 0; i < firsts.Count; i++)
        {
            if (firsts[i] is { } first && initialsBySurname[first.Family].Count > 1)
                context.Entries[i].Values["cite_initials"] = "true";
        }
    }

    // The family name and initials of the work's first author, or null for a literal name or none.
    private static (string Family, string Initials)? FirstPerson(Record record, IReadOnlyList<string> roles)
    {
        foreach (var role in roles)
        {
            var names = record.NameList(role);
            if (names.Count == 0) continue;
            var first = names[0];
            if (first.IsLiteral || string.IsNullOrWhiteSpace(first.Family)) return null;
            var family = string.Join(' ', new[] { first.NonDroppingParticle, first.Family }.Where(p => !string.IsNullOrWhiteSpace(p)));
            return (family, Initials.From(first.Given));
        }
        return null;
    }
}
