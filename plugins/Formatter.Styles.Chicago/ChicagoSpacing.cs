using System.Text.RegularExpressions;

namespace Formatter.Styles.Chicago;

/// <summary>
/// A space typed before <c>: ; ? !</c> or inside guillemets (French usage in titles and catalogue data:
/// <c>régime ? De</c>, <c>London ; New York</c>, <c>« Poésie »</c>) becomes a narrow no-break space, so that the mark
/// never starts a line — as the CSL processors print it.
/// </summary>
public static partial class ChicagoSpacing
{
    /// <summary>The text with a narrow no-break space (U+202F) before a spaced <c>: ; ? !</c>.</summary>
    public static string NarrowBeforeMarks(string? text) =>
        string.IsNullOrEmpty(text) ? "" : SpaceAfterGuillemet().Replace(SpaceBeforeMark().Replace(text, "\u202F"), "«\u202F");

    [GeneratedRegex(@" (?=[:;?!»](\s|$|\uE002|[,.]))")]
    private static partial Regex SpaceBeforeMark();

    [GeneratedRegex("« ")]
    private static partial Regex SpaceAfterGuillemet();
}
