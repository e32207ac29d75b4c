using Formatter.Core.Text.Punctuation;

namespace Formatter.Tests.Text;

public sealed class FinalPeriodTests
{
    [Theory]
    [InlineData("Housing costs.", "Housing costs")]
    [InlineData("Экономика знаний.", "Экономика знаний")]
    [InlineData("Tools, methods, etc.", "Tools, methods, etc.")]
    [InlineData("Acme Inc.", "Acme Inc.")]
    [InlineData("Tables, approx.", "Tables, approx.")]
    [InlineData("Учебник. 3-е изд., испр.", "Учебник. 3-е изд., испр.")]
    [InlineData("Journal of physics, suppl.", "Journal of physics, suppl.")]
    [InlineData("Policy in the U.S.", "Policy in the U.S.")]
    [InlineData("Is it so?", "Is it so?")]
    [InlineData("Wait...", "Wait...")]
    [InlineData("Housing costs", "Housing costs")]
    [InlineData("", "")]
    public void Only_a_period_after_a_whole_lower_case_word_goes(string title, string expected) =>
        Assert.Equal(expected, FinalPeriod.Drop(title));
}
