namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Casing checks for templates: <c>headline_cased x</c> is true when an English title looks like headline case, so
/// that sentence case will lower its words by the heuristic — APA asks for such titles to be flagged for review
/// (proper nouns outside the protected list are lowered too).
/// </summary>
internal sealed class CasingKit(RenderState state)
{
    public bool HeadlineCased(string? text) =>
        !string.IsNullOrEmpty(text) && state.SentenceCases.Of(text, state.Language) is { IsEnglish: true, LookedLikeHeadlineCase: true };
}
