using Formatter.Core.Readers.Seed;

namespace Formatter.Tests.Readers;

public class SeedPublishedParserTests
{
    [Theory]
    [InlineData("Moscow University Press 2020-11-01", null, "Moscow University Press", "2020-11-1")]
    [InlineData("Jena : G. Fischer, 1901", "Jena", "G. Fischer", "1901")]
    [InlineData("Rome, Italy; Vienna, Austria : FAO; UNIDO, 2024", "Rome, Italy; Vienna, Austria", "FAO; UNIDO", "2024")]
    [InlineData("Computer Science Press, 1983.", null, "Computer Science Press", "1983")]
    [InlineData("Архангельск : Архангельский гос. технический ун-т, c2008", "Архангельск", "Архангельский гос. технический ун-т", "2008")]
    [InlineData("Novosibirsk : ISiEZH SO RAN, [2002]", "Novosibirsk", "ISiEZH SO RAN", "2002")]
    [InlineData("Lyon 1, 2012", null, "Lyon 1", "2012")]
    [InlineData("Kenmore, NY : nmore", "Kenmore, NY", "nmore", null)]
    [InlineData("科学出版社", null, "科学出版社", null)]
    [InlineData("c2005", null, null, "2005")]
    [InlineData("2014-04", null, null, "2014-4")]
    public void Place_publisher_and_date(string text, string? place, string? publisher, string? date)
    {
        var publication = SeedPublishedParser.Parse(text);
        Assert.Equal(place, publication.Place);
        Assert.Equal(publisher, publication.Publisher);
        var start = publication.Date?.Start;
        Assert.Equal(date, start is { } s ? string.Join("-", new int?[] { s.Year, s.Month, s.Day }.OfType<int>()) : null);
    }

    [Fact]
    public void Circa_dates_set_the_flag()
    {
        var date = SeedPublishedParser.Parse("Leipzig : Teubner, [ca. 1977]").Date!;
        Assert.True(date.Circa);
        Assert.Equal(1977, date.Year);
    }

    [Fact]
    public void Year_ranges_give_two_parts()
    {
        var date = SeedPublishedParser.Parse("Saint Petersburg : Golik, 1907-1908").Date!;
        Assert.Equal((1907, 1908), (date.Start!.Value.Year, date.End!.Value.Year));
    }

    [Fact]
    public void Uncertain_dates_stay_literal()
    {
        var publication = SeedPublishedParser.Parse("Gebr. Kluitman, [192-?]");
        Assert.Equal("Gebr. Kluitman", publication.Publisher);
        Assert.Equal("[192-?]", publication.Date!.Literal);
        Assert.Null(publication.Date.Start);
    }
}
