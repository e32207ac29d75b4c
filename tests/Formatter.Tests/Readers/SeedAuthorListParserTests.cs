using Formatter.Core.Readers.Seed;

namespace Formatter.Tests.Readers;

public class SeedAuthorListParserTests
{
    private static string Render(SeedAuthor a) =>
        (a.Name.Literal ?? $"{a.Name.Family}|{a.Name.Given}") + (a.Roles.Count > 0 ? "/" + string.Join("+", a.Roles) : "");

    [Theory]
    [InlineData("Smith, John, Jones, Bob", "Smith|John; Jones|Bob")]
    [InlineData("Minna Bäcklund, Heikki Mäkisalo", "Bäcklund|Minna; Mäkisalo|Heikki")]
    [InlineData("Filonenko A. L., Yarmuhametov R. Z.", "Filonenko|A. L.; Yarmuhametov|R. Z.")]
    [InlineData("이동호, 이재서, 윤숙자, 강병철", "이동호; 이재서; 윤숙자; 강병철")]
    [InlineData("Peng, Ge, Ritchey, Nancy A.", "Peng|Ge; Ritchey|Nancy A.")]
    public void Lists_without_roles(string value, string expected)
    {
        var names = SeedAuthorListParser.Parse(value, singleName: false, corporate: false);
        Assert.Equal(expected, string.Join("; ", names.Select(Render)));
    }

    [Fact]
    public void Roles_end_each_name_and_choose_the_variable()
    {
        var names = SeedAuthorListParser.Parse("Kühling, Jürgen (Editor), Shedko (Author), Smith, J. (Editor, Translator)", singleName: false, corporate: false);
        Assert.Equal("Kühling|Jürgen/editor; Shedko/author; Smith|J./editor+translator", string.Join("; ", names.Select(Render)));
    }

    [Fact]
    public void Parentheses_that_are_not_roles_stay_in_a_corporate_name()
    {
        var names = SeedAuthorListParser.Parse("National Center for Biotechnology Information (US)", singleName: true, corporate: true);
        Assert.Equal("National Center for Biotechnology Information (US)", Render(Assert.Single(names)));
    }

    [Fact]
    public void A_singular_label_holds_one_inverted_name() =>
        Assert.Equal("Захаров|Андрей Викторович", Render(Assert.Single(SeedAuthorListParser.Parse("Захаров, Андрей Викторович", singleName: true, corporate: false))));
}
