using Formatter.Core.Text.Data;

namespace Formatter.Core.Text.Casing;

/// <summary>The word lists behind the case transforms, loaded once from the embedded data files.</summary>
internal static class CasingWordLists
{
    private static readonly Lazy<ProperNounList> LazyProperNouns = new(() => new ProperNounList(EmbeddedWordList.Read("proper-nouns.txt")));
    private static readonly Lazy<CasingLexicon> LazyLexicon = new(() => new CasingLexicon(EmbeddedWordList.Read("minor-words.txt"), ProperNouns));

    /// <summary>The protected proper nouns and proper adjectives.</summary>
    public static ProperNounList ProperNouns => LazyProperNouns.Value;

    /// <summary>Minor words, proper nouns in all their forms and the first words of phrases: one question a word.</summary>
    public static CasingLexicon Lexicon => LazyLexicon.Value;
}
