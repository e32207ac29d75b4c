using Formatter.Core.Text.Language;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// The last title one render session put in sentence case. A style asks <c>headline_cased t</c> (to flag the title)
/// and then <c>sentence_case t</c> of the same title; one reading of the title answers both.
/// </summary>
internal sealed class SentenceCaseMemo
{
    private string? _text;
    private string? _language;
    private SentenceCased _result;

    /// <summary><paramref name="text"/> (not empty) in sentence case if it is English in a record in <paramref name="language"/>.</summary>
    public SentenceCased Of(string text, string language)
    {
        if (_text is not null && string.Equals(text, _text, StringComparison.Ordinal) && string.Equals(language, _language, StringComparison.Ordinal))
            return _result;
        var isEnglish = LanguageResolver.IsEnglish(language, text);
        var headline = false;
        var converted = isEnglish ? Text.Casing.SentenceCase.Apply(text, out headline) : text;
        (_text, _language, _result) = (text, language, new SentenceCased(isEnglish, headline, converted));
        return _result;
    }
}
