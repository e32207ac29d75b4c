using Formatter.Core.Text.Language;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Text;

public class LanguageResolverTests
{
    private const string SeedJournal = "Вестник Московского Университета. Серия XXV: Международные отношения и мировая политика";

    private static Record Make(string? language, string? title, string? container = null)
    {
        var fields = new Dictionary<string, string>();
        if (language is not null) fields["language"] = language;
        if (title is not null) fields["title"] = title;
        if (container is not null) fields["container-title"] = container;
        return new Record { Id = "r", Type = "article-journal", Fields = fields };
    }

    [Theory]
    [InlineData("en", "Anything", "en")]
    [InlineData("en-US", "Anything", "en-US")]
    [InlineData("en_us", "Anything", "en-US")]
    [InlineData("English", "Anything", "en")]
    [InlineData("rus", "Anything", "ru")]
    [InlineData("Русский", "Anything", "ru")]
    [InlineData("ru-RU", "Title", "ru-RU")]
    [InlineData(null, "Экономика знаний", "ru")]
    [InlineData(null, "The quiet economy", "en")]
    [InlineData(null, "Die Spur der Gesellschaft: Reflexionen zur Gesellschaftstheorie nach Luhmann", "de")]
    [InlineData(null, "Le comte de Monte Cristo", "fr")]
    [InlineData(null, "Il nome della rosa", "it")]
    [InlineData(null, "Zotero: Los gestores de referencias", "es")]
    [InlineData(null, "O banco de dados relativo ao acervo", "pt")]
    [InlineData(null, "Boek 1 van het Burgerlijk Wetboek", "nl")]
    [InlineData(null, "Der Ring des Nibelungen: A guide to the operas and their history", "en")] // more English evidence
    [InlineData(null, "I Know Why the Caged Bird Sings", "en")]
    [InlineData(null, "As I Lay Dying", "en")]
    [InlineData(null, "über die grenzen", "de")]
    [InlineData(null, "Jürgen Habermas", "en")] // no function words, and letters in a name say nothing
    [InlineData(null, "Quantum chromodynamics", "en")]
    [InlineData(null, "Elektrischer Verbinder mit Abschirmung", "de")] // `mit`, `und`, `des` … say their language alone
    [InlineData(null, "Tribunal des conflits et de la cour", "fr")]
    [InlineData(null, "Charles de Gaulle: A biography", "en")] // one particle is no evidence; a capital A after a colon is English
    [InlineData(null, "Leonardo da Vinci: A life", "en")]
    [InlineData(null, "Tour de France : a history", "en")]
    [InlineData(null, "Das Kapital: a critique", "en")]
    [InlineData(null, "Die Another Day", "en")]
    [InlineData(null, "Con artists", "en")]
    [InlineData(null, "e-Government adoption", "en")]
    [InlineData(null, "L-dopa therapy", "en")]
    [InlineData(null, "Vitamin D deficiency in children", "en")]
    [InlineData(null, "E. coli outbreaks", "en")]
    [InlineData(null, "UN peacekeeping and DES exposure", "en")]
    [InlineData(null, "Schrödinger equation", "en")]
    [InlineData(null, "Naïve T cells", "en")]
    [InlineData(null, "Emily Brontë", "en")]
    [InlineData(null, "Guerra e pace", "en")] // one function word is too little evidence: a short foreign title needs its language
    [InlineData(null, "Sur la trace des “kritiskshalhen” du professeur Friedrich", "fr")]
    [InlineData(null, "毛泽东选集", "zh")]
    [InlineData(null, "東京の歴史", "ja")]
    [InlineData(null, "한국어 문법", "ko")]
    [InlineData(null, "Ελληνική γλώσσα", "el")]
    [InlineData(null, "1984", "en")]
    [InlineData(null, null, "en")]
    [InlineData("   ", "Экономика знаний", "ru")]
    [InlineData("some nonsense value", "Экономика знаний", "ru")]
    public void Resolves_record_language(string? language, string? title, string expected) =>
        Assert.Equal(expected, LanguageResolver.Resolve(Make(language, title)));

    [Fact]
    public void Falls_back_to_the_container_title() =>
        Assert.Equal("ru", LanguageResolver.Resolve(Make(null, null, SeedJournal)));

    [Theory]
    [InlineData("en", "The Evolution of the NATO-Russia Relations", true)]
    [InlineData("en", SeedJournal, false)]
    [InlineData("en", "1990–2020", true)]
    [InlineData("ru", "The Evolution of the NATO-Russia Relations", false)]
    [InlineData("de", "Die Stadt", false)]
    [InlineData(null, "The quiet economy", true)]
    [InlineData(null, "Экономика знаний", false)]
    public void Is_english_per_field(string? language, string text, bool expected) =>
        Assert.Equal(expected, LanguageResolver.IsEnglish(Make(language, text), text));

    [Fact]
    public void Seed_record_english_title_but_russian_journal()
    {
        var seed = Make("English", "The Evolution of the NATO-Russia Relations", SeedJournal);
        Assert.True(LanguageResolver.IsEnglish(seed, seed.Field("title")));
        Assert.False(LanguageResolver.IsEnglish(seed, SeedJournal));
    }

    [Fact]
    public void Untagged_latin_field_in_a_cyrillic_record_is_not_english()
    {
        var record = Make(null, "Экономика знаний");
        Assert.False(LanguageResolver.IsEnglish(record, "Knowledge economy"));
    }
}
