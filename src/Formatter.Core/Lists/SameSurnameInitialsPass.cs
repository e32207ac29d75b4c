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
        // The first authors' family names first, counted; initials only for those that occur more than once (a few).
        var firsts = new Name?[context.Entries.Count];
        var families = new string?[firsts.Length];
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < firsts.Length; i++)
        {
            if ((firsts[i] = FirstPerson(context.Entries[i].Record, roles)) is not { } first) continue;
            var family = families[i] = FamilyOf(first);
            counts[family] = counts.GetValueOrDefault(family) + 1;
        }
        // Per shared family name: the initials first seen, or null once two first authors differ in them.
        var initials = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < firsts.Length; i++)
        {
            if (families[i] is not { } family || counts[family] < 2) continue;
            var own = Initials.From(firsts[i]!.Given);
            if (!initials.TryGetValue(family, out var seen)) initials[family] = own;
            else if (seen is not null && !string.Equals(seen, own, StringComparison.OrdinalIgnoreCase)) initials[family] = null;
        }
        for (var i = 0; i < firsts.Length; i++)
            if (families[i] is { } family && initials.TryGetValue(family, out var shared) && shared is null)
                context.Entries[i].Values["cite_initials"] = "true";
    }

    // The work's first author when a person (an organisation is never initialled), or null.
    private static Name? FirstPerson(Record record, IReadOnlyList<string> roles)
    {
        // A personal communication is cited with initials anyway and is no reference of the list (APA §8.9).
        if (record.Type == "personal_communication") return null;
        for (var i = 0; i < roles.Count; i++)
        {
            var names = record.NameList(roles[i]);
            if (names.Count == 0) continue;
            var first = names[0];
            return first.IsLiteral || string.IsNullOrWhiteSpace(first.Family) ? null : first;
        }
        return null;
    }

    // The family name with its particle (`van Gogh`); the family name itself when there is none, without a new string.
    private static string FamilyOf(Name name) =>
        string.IsNullOrWhiteSpace(name.NonDroppingParticle) ? name.Family! : name.NonDroppingParticle + " " + name.Family;
}
