using Formatter.Core.Text;
using Formatter.Core.Text.Language;

namespace Formatter.Tests.Text;

public class ScriptDetectorTests
{
    [Theory]
    [InlineData("The Evolution of the NATO-Russia Relations", Script.Latin)]
    [InlineData("Вестник Московского Университета. Серия XXV: Международные отношения и мировая политика", Script.Cyrillic)]
    [InlineData("Ekonomika znanii", Script.Latin)]
    [InlineData("Ελληνική γλώσσα", Script.Greek)]
    [InlineData("毛泽东选集", Script.Cjk)]
    [InlineData("東京の歴史", Script.Cjk)]
    [InlineData("한국어 문법", Script.Cjk)]
    [InlineData("اللغة العربية", Script.Arabic)]
    [InlineData("עברית", Script.Hebrew)]
    [InlineData("हिन्दी", Script.Other)]
    [InlineData("1990–2020", Script.Other)]
    [InlineData("", Script.Other)]
    [InlineData("Café Müller", Script.Latin)]
    [InlineData("XXV: Мирный", Script.Cyrillic)]
    public void Detects_majority_script(string text, object expected) => Assert.Equal((Script)expected, ScriptDetector.Detect(text));

    [Fact]
    public void Null_is_other() => Assert.Equal(Script.Other, ScriptDetector.Detect(null));

    [Fact]
    public void Markup_tags_are_not_counted_as_latin()
    {
        var text = Markup.Wrap("link https://example.org/very/long/address", "Мир");
        Assert.Equal(Script.Cyrillic, ScriptDetector.Detect(text));
        Assert.Equal(3, ScriptDetector.Count(text).Letters);
    }

    [Fact]
    public void Counts_kana_and_hangul_separately()
    {
        var counts = ScriptDetector.Count("東京のハナ 한");
        Assert.Equal(2, counts.Han);
        Assert.Equal(3, counts.Kana);
        Assert.Equal(1, counts.Hangul);
        Assert.Equal(Script.Cjk, counts.Dominant);
    }

    [Fact]
    public void Ties_go_to_latin() => Assert.Equal(Script.Latin, ScriptDetector.Detect("ab вг"));

    [Fact]
    public void Every_ascii_character_is_judged_alike_at_every_position_and_length()
    {
        // Runs of 0 to 80 characters cycling through all of ASCII, starting at each offset: the letters counted at
        // once must be the letters one by one, around a Cyrillic letter and a tag too.
        for (var length = 0; length <= 80; length++)
        {
            for (var start = 0; start < 128; start += 37)
            {
                var run = new string(Enumerable.Range(start, length).Select(i => (char)(i % 128)).ToArray());
                var letters = run.Count(char.IsAsciiLetter);
                Assert.Equal(letters, ScriptDetector.Count(run).Latin);
                var mixed = run + "ж" + Markup.Wrap("link " + run, run) + run;
                var counts = ScriptDetector.Count(mixed);
                Assert.Equal(3 * letters, counts.Latin);
                Assert.Equal(1, counts.Cyrillic);
            }
        }
    }
}
