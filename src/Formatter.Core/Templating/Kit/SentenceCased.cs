namespace Formatter.Core.Templating.Kit;

/// <summary>
/// A title read for sentence case: whether it is English (only English titles are cased), whether it looked like
/// headline case, and the title in sentence case (the title itself when it is not English).
/// </summary>
internal readonly record struct SentenceCased(bool IsEnglish, bool LookedLikeHeadlineCase, string Text);
