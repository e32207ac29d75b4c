using Formatter.Core.Text.Casing;
using Formatter.Core.Text.Data;

namespace Formatter.Tests.Text;

public class CasingLexiconTests
{
    private static WordClass Classify(string word) => CasingWordLists.Lexicon.Classify(word);

    [Theory]
    [InlineData("Russia")]
    [InlineData("RUSSIA")]
    [InlineData("russia")]
    [InlineData("Russia's")]
    [InlineData("Russia’s")]
    [InlineData("Russia'S")]
    [InlineData("Russia'")]
    [InlineData("Russia’")]
    [InlineData("Russians")]
    [InlineData("Russians’")]
    [InlineData("Russians's")]
    [InlineData("God")] // three letters: its plural counts too
    [InlineData("Gods")]
    public void A_listed_proper_noun_is_known_in_its_possessive_and_plural_forms(string word) =>
        Assert.True(Classify(word).HasFlag(WordClass.ProperNoun), word);

    [Theory]
    [InlineData("Russi")]
    [InlineData("Russiass")]
    [InlineData("Russia’ss")]
    [InlineData("Russia's's")]
    [InlineData("Russias'x")]
    [InlineData("")]
    public void Other_forms_are_not_proper_nouns(string word) =>
        Assert.False(Classify(word).HasFlag(WordClass.ProperNoun), word);

    [Fact]
    public void One_lookup_tells_every_list_a_word_is_in()
    {
        Assert.Equal(WordClass.Minor, Classify("The"));
        Assert.Equal(WordClass.None, Classify("policy"));
        // A proper adjective that also starts a listed phrase (European Union).
        Assert.Equal(WordClass.ProperNoun | WordClass.StartsPhrase, Classify("european"));
    }

    [Fact]
    public void Every_listed_word_is_found_in_any_case()
    {
        // The quick rejection in front of the table must never turn a listed word away.
        var missed = EmbeddedWordList.Read("minor-words.txt").Select(word => (word, WordClass.Minor))
            .Concat(CasingWordLists.ProperNouns.WordForms().Select(form => (form, WordClass.ProperNoun)))
            .SelectMany(pair => new[] { pair, (pair.Item1.ToUpperInvariant(), pair.Item2), (pair.Item1.ToLowerInvariant(), pair.Item2) })
            .Where(pair => !Classify(pair.Item1).HasFlag(pair.Item2))
            .Select(pair => pair.Item1)
            .ToList();
        Assert.Empty(missed);
    }
}
