using System.Globalization;
using System.Text;

namespace Formatter.Core.Text.Names;

/// <summary>
/// Turns given names into initials (<c>Vladimir Ivanovich</c> → <c>V. I.</c>) and tidies bare initials in full given
/// names (<c>Jeffrey R</c> → <c>Jeffrey R.</c>). Hyphens are kept (<c>Jean-Paul</c> → <c>J.-P.</c>); a word of up to
/// <see cref="MaxAbbreviation"/> letters abbreviated with a period stays whole (<c>Ma. Cristina</c> → <c>Ma. C.</c>,
/// <c>Yu.</c>), a longer one before a period is a whole name (<c>Pierre.</c>, as catalogues end a field, → <c>P.</c>); an
/// initial is one letter with its combining marks, never a digraph. Markup markers are copied through untouched.
/// </summary>
internal static class Initials
{
    /// <summary>The longest given-name abbreviation kept whole (<c>Ma.</c>, <c>Wm.</c>, <c>Yu.</c>).</summary>
    private const int MaxAbbreviation = 3;

    private enum Pending
    {
        None,
        Separator,
        Hyphen,
    }

    /// <summary>
    /// The initials of <paramref name="given"/>, each followed by a period (unless <paramref name="withPeriods"/> is false)
    /// and joined by <paramref name="separator"/>; empty for null or blank input.
    /// </summary>
    public static string From(string? given, string separator = " ", bool withPeriods = true)
    {
        if (string.IsNullOrWhiteSpace(given)) return "";
        var builder = BuilderPool.Rent(given.Length);
        var pending = Pending.None;
        var i = 0;
        while (i < given.Length)
        {
            if (CopyMarker(given, ref i, builder, ref pending, separator)) continue;
            var c = given[i];
            if (IsWordStart(c))
            {
                var end = WordEnd(given, i);
                if (char.IsLower(c))
                {
                    // A lower-case word is a particle and stays whole (Jean le Rond → J. le R.); a lower-case part of a
                    // hyphenated name is dropped with its hyphen (Hai-jun → H.).
                    if (pending != Pending.Hyphen)
                    {
                        EmitPending(builder, ref pending, separator);
                        builder.Append(given, i, end - i);
                    }
                    i = end;
                    pending = Pending.Separator;
                    continue;
                }
                EmitPending(builder, ref pending, separator);
                var abbreviated = end < given.Length && given[end] == '.' && end - i <= MaxAbbreviation;
                builder.Append(given, i, abbreviated ? end - i : FirstElementLength(given, i, end));
                if (withPeriods) builder.Append('.');
                i = abbreviated ? end + 1 : end;
                pending = Pending.Separator;
                continue;
            }
            if (IsHyphen(c) && pending != Pending.None) pending = Pending.Hyphen;
            i++;
        }
        return BuilderPool.Return(builder);
    }

    /// <summary>
    /// Full given names as stored, except that bare one-letter initials gain a period and run-together initials are spaced:
    /// <c>Jeffrey R</c> → <c>Jeffrey R.</c>, <c>V.I.</c> → <c>V. I.</c>. <paramref name="separator"/> goes between two
    /// initials; a space between other words. Names with characters other than letters, spaces, periods, hyphens and
    /// markers are returned unchanged.
    /// </summary>
    public static string Tidy(string? given, string separator = " ")
    {
        if (string.IsNullOrWhiteSpace(given)) return given ?? "";
        foreach (var c in given)
            if (!IsWordStart(c) && !IsCombining(c) && c is not ' ' and not '.' and not '\'' and not '\u2019' && !IsHyphen(c) && !Markup.IsMarker(c))
                return given;

        var builder = BuilderPool.Rent(given.Length + 4);
        var pending = Pending.None;
        var previousWasInitial = false;
        var i = 0;
        while (i < given.Length)
        {
            if (CopyMarker(given, ref i, builder, ref pending, " ")) continue;
            var c = given[i];
            if (IsWordStart(c))
            {
                var end = WordEnd(given, i);
                var isInitial = FirstElementLength(given, i, end) == end - i;
                EmitPending(builder, ref pending, previousWasInitial && isInitial ? separator : " ");
                builder.Append(given, i, end - i);
                var abbreviated = end < given.Length && given[end] == '.';
                if (abbreviated || isInitial) builder.Append('.');
                i = abbreviated ? end + 1 : end;
                pending = Pending.Separator;
                previousWasInitial = isInitial;
                continue;
            }
            if (IsHyphen(c) && pending != Pending.None) pending = Pending.Hyphen;
            i++;
        }
        return BuilderPool.Return(builder);
    }

    /// <summary>Copies a marker (a whole opening tag, or a closing marker) at <paramref name="i"/>; false when there is none.</summary>
    private static bool CopyMarker(string given, ref int i, StringBuilder builder, ref Pending pending, string separator)
    {
        var c = given[i];
        if (c == Markup.Open)
        {
            EmitPending(builder, ref pending, separator);
            i = CopyTag(given, i, builder);
            return true;
        }
        if (c != Markup.Close) return false;
        builder.Append(c);
        i++;
        return true;
    }

    private static void EmitPending(StringBuilder builder, ref Pending pending, string separator)
    {
        if (pending == Pending.Separator) builder.Append(separator);
        else if (pending == Pending.Hyphen) builder.Append('-');
        pending = Pending.None;
    }

    private static int CopyTag(string text, int start, StringBuilder builder)
    {
        var end = text.IndexOf(Markup.TagEnd, start);
        end = end < 0 ? text.Length : end + 1;
        builder.Append(text, start, end - start);
        return end;
    }

    private static bool IsWordStart(char c) => char.IsLetter(c) || char.IsSurrogate(c);

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordStart(c) || IsCombining(c)) i++;
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
            else break;
        }
        return i;
    }

    private static int FirstElementLength(string text, int start, int end)
    {
        var i = start + (char.IsHighSurrogate(text[start]) && start + 1 < end ? 2 : 1);
        while (i < end && IsCombining(text[i])) i++;
        return i - start;
    }
}
