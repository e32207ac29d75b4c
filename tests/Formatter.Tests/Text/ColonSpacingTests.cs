using Formatter.Core.Text.Punctuation;

namespace Formatter.Tests.Text;

public sealed class ColonSpacingTests
{
    [Theory]
    [InlineData("Simply come copying : Direct copies", "Simply come copying: Direct copies")]
    [InlineData("NJ : First remedial action : Final", "NJ: First remedial action: Final")]
    [InlineData("Ratio 3 : 2 in design", "Ratio 3 : 2 in design")]
    [InlineData("Title: subtitle", "Title: subtitle")]
    [InlineData(" : ", " : ")]
    public void A_colon_between_words_is_closed_up(string text, string expected) => Assert.Equal(expected, ColonSpacing.Tighten(text));
}
