namespace Formatter.Core.Text.Casing;

/// <summary>
/// One word of a title as visible indices [<see cref="Start"/>, <see cref="End"/>) into a
/// <see cref="Punctuation.VisibleText"/>: leading and trailing punctuation (quotes, brackets, periods) excluded.
/// </summary>
/// <param name="Start">First visible index of the word.</param>
/// <param name="End">Visible index after the word.</param>
/// <param name="StartsTitle">First word of the title or of a subtitle (after <c>:</c>, <c>—</c>, <c>?</c>, <c>!</c>).</param>
/// <param name="EndsTitle">Last word of the title or the word just before such a boundary.</param>
/// <param name="IsOpaque">A URL, e-mail address or DOI-like token: never re-cased.</param>
/// <param name="Class">What the word lists say of the whole word (<see cref="WordClass.None"/> for an opaque one).</param>
internal readonly record struct TitleWord(int Start, int End, bool StartsTitle, bool EndsTitle, bool IsOpaque, WordClass Class);
