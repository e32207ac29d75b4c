namespace Formatter.Core.Readers.Ris;

/// <summary>
/// Per-record choices between the two RIS layouts in use: the 2011 specification (EndNote) and the older Reference
/// Manager / ProCite layout. Where they give a tag different meanings, the record itself shows which one it follows,
/// by the presence of the tag that the other layout uses for the same datum:
/// <list type="bullet">
/// <item>Conference papers: with <c>C1</c> (place published) or <c>C3</c> (proceedings title) the record is in the 2011
/// layout, so <c>CY</c> is the conference location and <c>T2</c> the conference name; otherwise <c>CY</c> is the
/// publisher's place and <c>T2</c> the proceedings title, as most exporters write them.</item>
/// <item>Bills: <c>VL</c> is the bill number and <c>SP</c> the section unless <c>M1</c> (bill number) or <c>SE</c>
/// (code section) is also given; then they are the code volume and pages.</item>
/// <item>Monographs: when the record gives the volume elsewhere (<c>IS</c> in a type that has no issue, or a
/// <c>Volume ID:</c> note) and has no <c>ET</c>, its <c>VL</c> is the edition, where the older layout puts it.</item>
/// </list>
/// </summary>
internal static class RisLayout
{
    /// <summary>The CSL variable of <paramref name="tag"/> in <paramref name="entry"/>: the layout's choice, else the table's.</summary>
    public static string? Target(RisEntry entry, string risType, string tag)
    {
        switch (risType, tag)
        {
            case ("CONF" or "CPAPER", "CY") when Has(entry, "C1") || Has(entry, "C3"):
                return "event-place";
            case ("CONF" or "CPAPER", "T2") when Has(entry, "C1") || Has(entry, "C3"):
                return "event-title";
            case ("BILL" or "UNBILL", "VL") when Has(entry, "M1"):
                return "volume";
            case ("BILL" or "UNBILL", "SP") when Has(entry, "SE"):
                return "page";
            case (_, "VL") when EditionInVolume(entry, risType):
                return "edition";
            default:
                return RisTagMap.Target(risType, tag);
        }
    }

    private static bool EditionInVolume(RisEntry entry, string risType)
    {
        if (Has(entry, "ET")) return false;
        if (RisTagMap.IsOneOf(risType, RisTagMap.VolumeInIs) && Has(entry, "IS")) return true;
        return RisTagMap.IsOneOf(risType, RisTagMap.VolumeInIs + " CHAP ECHAP")
            && entry.All("N1").Any(n => RisLabelledNotes.Read(n.Value) is ("volume", _));
    }

    private static bool Has(RisEntry entry, string tag) => entry.All(tag).Count > 0;
}
