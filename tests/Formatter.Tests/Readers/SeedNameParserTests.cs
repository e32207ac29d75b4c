using Formatter.Core.Readers.Seed;

namespace Formatter.Tests.Readers;

public class SeedNameParserTests
{
    [Theory]
    [InlineData("V. I. Batyuk", "Batyuk", "V. I.", null, null)]
    [InlineData("Anja Middelbeck-Varwick", "Middelbeck-Varwick", "Anja", null, null)]
    [InlineData("Paul van Helden", "Helden", "Paul", "van", null)]
    [InlineData("Paul Du Gay", "Gay", "Paul Du", null, null)]
    [InlineData("Albinus, Lars", "Albinus", "Lars", null, null)]
    [InlineData("Alencar, Jeovah Pereira de", "Alencar", "Jeovah Pereira", null, "de")]
    [InlineData("de Cleyre, Voltairine", "Cleyre", "Voltairine", "de", null)]
    [InlineData("Barrette, Pierre.", "Barrette", "Pierre.", null, null)]
    [InlineData("Tolstoy, Leo, 1828-1910", "Tolstoy", "Leo", null, null)]
    [InlineData("Кульков Д. Е.", "Кульков", "Д. Е.", null, null)]
    [InlineData("Filonenko A. L.", "Filonenko", "A. L.", null, null)]
    [InlineData("孟, 令玉", "孟", "令玉", null, null)]
    [InlineData("гүзәл мәхмүтова", "мәхмүтова", "гүзәл", null, null)]
    public void Personal_name_forms(string text, string family, string given, string? nonDropping, string? dropping)
    {
        var name = SeedNameParser.Parse(text)!;
        Assert.Equal(family, name.Family);
        Assert.Equal(given, name.Given);
        Assert.Equal(nonDropping, name.NonDroppingParticle);
        Assert.Equal(dropping, name.DroppingParticle);
        Assert.Null(name.Literal);
    }

    [Theory]
    [InlineData("任娜")]
    [InlineData("blogdeprogramacion")]
    public void A_single_word_is_a_literal(string text) => Assert.Equal(text, SeedNameParser.Parse(text)!.Literal);

    [Fact]
    public void A_generational_suffix_after_a_comma_is_kept_as_suffix()
    {
        var name = SeedNameParser.Parse("King, Martin Luther, Jr.")!;
        Assert.Equal(("King", "Martin Luther", "Jr."), (name.Family, name.Given, name.Suffix));
        Assert.True(name.CommaSuffix);
    }
}
