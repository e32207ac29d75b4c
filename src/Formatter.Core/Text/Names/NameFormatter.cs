using System.Text;
using Formatter.Core.Text.Language;
using Formatter.Records;

namespace Formatter.Core.Text.Names;

/// <summary>
/// Writes names and name lists by <see cref="NameListOptions"/>: inversion, initials, particles, suffixes, "and",
/// et-al shortening. Literal (organisation) names print as stored; CJK names print family + given without a space and
/// are never inverted with a separator; a name without a given name prints its family name alone.
/// </summary>
internal static class NameFormatter
{
    /// <summary>The list as one string; empty for an empty list.</summary>
    public static string Format(IReadOnlyList<Name> names, NameListOptions options)
    {
        var count = names.Count;
        if (count == 0) return "";
        if (count == 1) return FormatOne(names[0], options, IsInverted(options, 0));

        var shown = count;
        var truncated = false;
        var useLast = false;
        if (options.EtAlMin > 0 && count >= options.EtAlMin && options.EtAlUseFirst < count)
        {
            shown = Math.Max(1, options.EtAlUseFirst);
            truncated = true;
            useLast = options.EtAlUseLast && shown + 1 < count;
        }

        var builder = BuilderPool.Rent(shown * 24);
        for (var i = 0; i < shown; i++)
        {
            var inverted = IsInverted(options, i);
            if (i > 0) AppendDelimiter(builder, options, isLast: !truncated && i == shown - 1, shown, IsInverted(options, i - 1), IsShownInverted(names[i - 1], options, i - 1), names[i].Literal is not null);
            AppendOne(builder, names[i], options, inverted);
        }

        if (useLast)
        {
            builder.Append(options.EllipsisDelimiter);
            AppendOne(builder, names[count - 1], options, IsInverted(options, count - 1));
        }
        else if (truncated && !string.IsNullOrEmpty(options.EtAlTerm))
            builder.Append(options.EtAlDelimiter).Append(options.EtAlTerm);
        return BuilderPool.Return(builder);
    }

    /// <summary>One name, inverted when <see cref="NameListOptions.Inversion"/> is not <see cref="NameInversion.None"/>.</summary>
    public static string FormatOne(Name name, NameListOptions options) =>
        FormatOne(name, options, options.Inversion != NameInversion.None);

    /// <summary>One name, inverted or in natural order as asked (the list position rule is the caller's).</summary>
    public static string FormatOne(Name name, NameListOptions options, bool inverted)
    {
        if (IsSimple(name, options)) return FormatSimple(name, options);
        var builder = BuilderPool.Rent((name.Family?.Length ?? 0) + (name.Given?.Length ?? 0) + 16);
        AppendOne(builder, name, options, inverted);
        return BuilderPool.Return(builder);
    }

    private static void AppendOne(StringBuilder builder, Name name, NameListOptions options, bool inverted)
    {
        if (IsSimple(name, options))
        {
            builder.Append(FormatSimple(name, options));
            return;
        }
        var family = name.Family!;
        var given = name.Given!;
        var suffix = name.Suffix;
        var commaSuffix = name.CommaSuffix;
        // The comma came with the source's inverted form, so in natural order the suffix follows without one, as the
        // CSL processors print it (Allan Osborne Jr.).
        if (string.IsNullOrEmpty(suffix) && SuffixInGiven(given) is { } split) (given, suffix) = split;
        var givenPart = options.GivenForm == GivenNameForm.Initials
            ? Initials.From(given, options.InitialSeparator, options.InitialPeriods)
            : options.PunctuateBareInitials ? Initials.Tidy(given, options.InitialSeparator) : given;
        var dropping = name.DroppingParticle;
        var nonDropping = name.NonDroppingParticle;

        if (inverted)
        {
            if (options.DemoteNonDroppingParticle) builder.Append(family);
            else AppendWithParticle(builder, nonDropping, family);
            builder.Append(options.SortSeparator).Append(givenPart);
            AppendWord(builder, dropping);
            if (options.DemoteNonDroppingParticle) AppendWord(builder, nonDropping);
            if (!string.IsNullOrEmpty(suffix)) builder.Append(options.SortSeparator).Append(suffix);
        }
        else
        {
            builder.Append(givenPart);
            AppendWord(builder, dropping);
            builder.Append(' ');
            AppendWithParticle(builder, nonDropping, family);
            if (!string.IsNullOrEmpty(suffix)) builder.Append(commaSuffix ? ", " : " ").Append(suffix);
        }
    }

    private static readonly string[] GenerationalSuffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    /// <summary>A suffix the source left in the given name after a comma (<c>Allan , Jr.</c>) → (<c>Allan</c>, <c>Jr.</c>).</summary>
    private static (string Given, string Suffix)? SuffixInGiven(string given)
    {
        var comma = given.LastIndexOf(',');
        if (comma <= 0) return null;
        var tail = given[(comma + 1)..].Trim();
        var head = given[..comma].Trim();
        return head.Length > 0 && GenerationalSuffixes.Contains(tail, StringComparer.Ordinal) ? (head, tail) : null;
    }

    /// <summary>Literal, family-only, given-only, short-form and CJK names: nothing to invert or initialise.</summary>
    private static bool IsSimple(Name name, NameListOptions options) =>
        name.Literal is not null || string.IsNullOrEmpty(name.Family) || string.IsNullOrEmpty(name.Given)
        || options.Form == NameForm.Short || (IsCjk(name.Family) && IsCjk(name.Given));

    // A literal name as data sometimes has it, wrapped in spaces and invisible characters (a zero-width space, a byte
    // order mark): they are not printed.
    private static string WithoutInvisibleEnds(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsInvisible(text[start])) start++;
        while (end > start && IsInvisible(text[end - 1])) end--;
        return start == 0 && end == text.Length ? text : text[start..end];
    }

    private static bool IsInvisible(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static string FormatSimple(Name name, NameListOptions options)
    {
        if (name.Literal is { } literal) return WithoutInvisibleEnds(literal);
        var family = name.Family ?? "";
        var given = name.Given ?? "";
        if (family.Length == 0) return given;
        if (given.Length == 0 || options.Form == NameForm.Short) return WithParticle(name.NonDroppingParticle, family);
        return family + given;
    }

    /// <summary>
    /// A key for sorting by name: family with its non-dropping particle, <c>", "</c>, given name and dropping particle
    /// (<c>van Gogh, Vincent</c>, <c>Beethoven, Ludwig van</c>); a literal name as stored. Markup is removed.
    /// </summary>
    public static string SortKey(Name name)
    {
        if (name.Literal is { } literal) return Markup.Strip(literal);
        var family = WithParticle(name.NonDroppingParticle, name.Family ?? "");
        var given = name.Given ?? "";
        if (!string.IsNullOrEmpty(name.DroppingParticle)) given = given.Length == 0 ? name.DroppingParticle : given + " " + name.DroppingParticle;
        var key = family.Length == 0 ? given : given.Length == 0 ? family : family + ", " + given;
        return Markup.Strip(key);
    }

    private static bool IsInverted(NameListOptions options, int index) =>
        options.Inversion == NameInversion.All || (options.Inversion == NameInversion.First && index == 0);

    /// <summary>True when the name at <paramref name="index"/> stands in the family-first position: a personal name (CJK names
    /// included, and a family name alone); literal names never do.</summary>
    private static bool IsShownInverted(Name name, NameListOptions options, int index) =>
        IsInverted(options, index) && name.Literal is null && !string.IsNullOrEmpty(name.Family) && options.Form != NameForm.Short;

    private static void AppendDelimiter(StringBuilder builder, NameListOptions options, bool isLast, int shown, bool previousInverted, bool previousShownInverted, bool lastIsLiteral)
    {
        if (!isLast || options.And is null)
        {
            builder.Append(options.Delimiter);
            return;
        }
        var withDelimiter = options.DelimiterBeforeLast switch
        {
            DelimiterBeforeLast.Always => true,
            DelimiterBeforeLast.Never => false,
            DelimiterBeforeLast.AfterInvertedName => previousInverted,
            DelimiterBeforeLast.AlwaysUnlessLiteralPair => shown > 2 || !lastIsLiteral,
            DelimiterBeforeLast.SerialOrInverted => shown >= 3 || previousShownInverted,
            _ => shown >= 3,
        };
        builder.Append(withDelimiter ? options.Delimiter : " ").Append(options.And).Append(' ');
    }

    private static string WithParticle(string? particle, string family)
    {
        if (string.IsNullOrEmpty(particle)) return family;
        return JoinsWithoutSpace(particle) ? particle + family : particle + " " + family;
    }

    private static void AppendWithParticle(StringBuilder builder, string? particle, string family)
    {
        if (!string.IsNullOrEmpty(particle))
        {
            builder.Append(particle);
            if (!JoinsWithoutSpace(particle)) builder.Append(' ');
        }
        builder.Append(family);
    }

    private static void AppendWord(StringBuilder builder, string? word)
    {
        if (!string.IsNullOrEmpty(word)) builder.Append(' ').Append(word);
    }

    private static bool JoinsWithoutSpace(string particle) => particle[^1] is '\'' or '\u2019' or '-';

    private static bool IsCjk(string text) =>
        text.Length > 0 && (text[0] >= '\u2E80' || text[^1] >= '\u2E80') && ScriptDetector.Detect(text) == Script.Cjk;
}
