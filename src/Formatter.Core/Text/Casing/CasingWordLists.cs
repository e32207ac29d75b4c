using Formatter.Core.Text.Data;

namespace Formatter.Core.Text.Casing;

/// <summary>The word lists behind the case transforms, loaded once from the embedded data files.</summary>
internal static class CasingWordLists
{
    private static readonly Lazy<HashSet<string>> LazyMinorWords = new(() => EmbeddedWordList.ReadSet("minor-words.txt"));
    private static readonly Lazy<ProperNounList> LazyProperNouns = new(() => new ProperNounList(EmbeddedWordList.Read("proper-nouns.txt")));

    /// <summary>Articles, coordinating conjunctions, <c>to</c>, <c>as</c>, prepositions and name particles.</summary>
    public static HashSet<string> MinorWords => LazyMinorWords.Value;

    /// <summary>True when the word is one of <see cref="MinorWords"/>.</summary>
    public static bool IsMinorWord(ReadOnlySpan<char> word) => LazyMinorWordsBySpan.Value.Contains(word);

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> LazyMinorWordsBySpan =
        new(() => MinorWords.GetAlternateLookup<ReadOnlySpan<char>>());


    /// <summary>The protected proper nouns and proper adjectives.</summary>
    public static ProperNounList ProperNouns => LazyProperNouns.Value;
}
