using Formatter.Plugins;

namespace Formatter.Styles.Gost;

/// <summary>
/// Record facts the GOST templates need and cannot compute from the record view (they see names as counts and dates
/// as years): <c>list.gost_heading</c> is <c>true</c> when the entry starts with a heading (1 to
/// <c>heading-max-authors</c> authors, the first a person — guide §3, §14); <c>list.gost_circa</c> is <c>true</c>
/// when the year is an estimate (§8, printed <c>[2010?]</c>); <c>list.gost_container_heading</c> when the host book
/// has an author who heads its description (<c>// Eden, A. The International Encyclopedia …</c>); <c>list.gost_phrase_ROLE</c> is <c>true</c> when the
/// role (editor, translator, director, compiler) holds a verbatim statement instead of names (§3: the genitive
/// <c>под редакцией В. В. Кузнецова</c> cannot be generated, so it may be given as a literal that starts in lower case).
/// </summary>
public sealed class GostFactsPass : IListPass
{
    private static readonly string[] PhraseRoles = ["editor", "translator", "director", "compiler"];

    /// <inheritdoc />
    public ListPassStage Stage => ListPassStage.BeforeRender;

    /// <inheritdoc />
    public void Apply(ListPassContext context)
    {
        var headingMax = GostOptions.HeadingMax(context.Options);
        foreach (var entry in context.Entries)
        {
            if (GostNames.HasHeading(entry.Record, headingMax)) entry.Values["gost_heading"] = "true";
            if (GostDates.IsEstimated(entry.Record)) entry.Values["gost_circa"] = "true";
            var containerAuthors = entry.Record.NameList("container-author");
            if (containerAuthors.Count is > 0 and <= 3 && GostNames.IsPerson(containerAuthors[0])) entry.Values["gost_container_heading"] = "true";
            foreach (var role in PhraseRoles)
                if (GostNames.IsPhrase(entry.Record.NameList(role))) entry.Values["gost_phrase_" + role] = "true";
        }
    }
}
