using Formatter.Core.Locales;

namespace Formatter.Tests.Locales;

public class LocaleTermTests
{
    private static readonly Locale En = LocaleStore.Default.Get("en");
    private static readonly Locale Ru = LocaleStore.Default.Get("ru");

    [Theory]
    [InlineData("editor", false, "short", "ed.")]
    [InlineData("editor", true, "short", "eds.")]
    [InlineData("editor", false, "verb", "edited by")]
    [InlineData("editor", false, "long", "editor")]
    [InlineData("editor", true, "long", "editors")]
    [InlineData("translator", false, "short", "trans.")]
    [InlineData("translator", false, "verb", "translated by")]
    [InlineData("in", false, "long", "in")]
    [InlineData("no-date", false, "short", "n.d.")]
    [InlineData("no date", false, "short", "n.d.")]
    [InlineData("retrieved", false, "long", "retrieved")]
    [InlineData("accessed", false, "long", "accessed")]
    [InlineData("page", false, "short", "p.")]
    [InlineData("page", true, "short", "pp.")]
    [InlineData("volume", false, "short", "vol.")]
    [InlineData("issue", false, "short", "no.")]
    [InlineData("number", false, "symbol", "№")]
    [InlineData("edition", false, "short", "ed.")]
    [InlineData("and", false, "long", "and")]
    [InlineData("and", false, "symbol", "&")]
    [InlineData("et-al", false, "long", "et al.")]
    [InlineData("circa", false, "short", "ca.")]
    public void English_terms(string key, bool plural, string form, string expected) =>
        Assert.Equal(expected, En.Term(key, plural, form));

    [Theory]
    [InlineData("gost-volume", "Vol.")]
    [InlineData("gost-page", "P.")]
    [InlineData("gost-pages", "p.")]
    [InlineData("gost-number", "№")]
    [InlineData("gost-et-al", "[et al.]")]
    [InlineData("gost-no-place", "[S. l.]")]
    [InlineData("gost-no-publisher", "[s. n.]")]
    [InlineData("gost-edition", "ed.")]
    public void English_gost_set(string key, string expected) => Assert.Equal(expected, En.Term(key));

    [Theory]
    [InlineData("gost-editor", "verb-short", "ed. by")]
    [InlineData("gost-translator", "verb-short", "transl. by")]
    public void English_gost_roles(string key, string form, string expected) => Assert.Equal(expected, En.Term(key, form: form));

    [Theory]
    [InlineData("gost-volume", false, "long", "Т.")]
    [InlineData("gost-number", false, "long", "№")]
    [InlineData("gost-issue", false, "long", "Вып.")]
    [InlineData("gost-page", false, "long", "С.")]
    [InlineData("gost-pages", false, "long", "с.")]
    [InlineData("gost-edition", false, "long", "изд.")]
    [InlineData("gost-et-al", false, "long", "[и др.]")]
    [InlineData("gost-no-place", false, "long", "[Б. м.]")]
    [InlineData("gost-no-publisher", false, "long", "[б. и.]")]
    [InlineData("gost-sine-loco", false, "long", "Б. м.")]
    [InlineData("gost-sine-nomine", false, "long", "б. и.")]
    [InlineData("editor", false, "verb", "под редакцией")]
    [InlineData("editor", false, "long", "редактор")]
    [InlineData("editor", true, "long", "редакторы")]
    [InlineData("translator", false, "long", "переводчик")]
    [InlineData("translator", true, "long", "переводчики")]
    [InlineData("edition", false, "short", "изд.")]
    [InlineData("page", false, "short", "с.")]
    [InlineData("number", false, "short", "№")]
    [InlineData("issue", false, "short", "вып.")]
    [InlineData("volume", false, "short", "т.")]
    [InlineData("et-al", false, "long", "и др.")]
    [InlineData("and", false, "long", "и")]
    [InlineData("accessed", false, "long", "дата обращения")]
    [InlineData("gost-content-text", false, "long", "Текст")]
    [InlineData("gost-electronic", false, "long", "электронный")]
    [InlineData("gost-print", false, "long", "непосредственный")]
    [InlineData("gost-site", false, "long", "[сайт]")]
    public void Russian_gost_terms(string key, bool plural, string form, string expected) =>
        Assert.Equal(expected, Ru.Term(key, plural, form));

    [Theory]
    [InlineData("editor", "verb-short", "ed. by")]
    [InlineData("page", "symbol", "p.")]
    [InlineData("in", "short", "in")]
    [InlineData("in", "verb-short", "in")]
    [InlineData("et-al", "symbol", "et al.")]
    public void Missing_forms_fall_back_like_csl(string key, string form, string expected) =>
        Assert.Equal(expected, En.Term(key, form: form));

    [Theory]
    [InlineData("no-such-term", "long")]
    [InlineData("editor", "no-such-form")]
    [InlineData("gost-site", "long")]
    public void Missing_terms_are_null(string key, string form) => Assert.Null(En.Term(key, form: form));

    [Fact]
    public void Russian_does_not_borrow_english_terms() => Assert.Null(Ru.Term("gost-accessed-en"));

    [Fact]
    public void Style_override_replaces_only_the_given_forms()
    {
        var custom = En.WithTerm("editor", LocaleTerm.Create(null, @short: new TermText("Ed.", "Eds.")));
        Assert.Equal("Ed.", custom.Term("editor", form: "short"));
        Assert.Equal("Eds.", custom.Term("editor", plural: true, form: "short"));
        Assert.Equal("edited by", custom.Term("editor", form: "verb"));
        Assert.Equal("ed.", En.Term("editor", form: "short"));
    }

    [Fact]
    public void Style_override_can_add_a_term()
    {
        var custom = En.WithTerms([new("presented", LocaleTerm.Of("Paper presented at"))]);
        Assert.Equal("Paper presented at", custom.Term("presented"));
        Assert.True(custom.HasTerm("presented"));
        Assert.False(En.HasTerm("presented"));
    }

    [Theory]
    [InlineData("en", 1, MonthForm.Long, "January")]
    [InlineData("en", 9, MonthForm.Short, "Sept.")]
    [InlineData("en", 4, MonthForm.Genitive, "April")]
    [InlineData("ru", 4, MonthForm.Long, "апрель")]
    [InlineData("ru", 4, MonthForm.Genitive, "апреля")]
    [InlineData("ru", 4, MonthForm.Short, "апр.")]
    [InlineData("uk", 4, MonthForm.Genitive, "квітня")]
    [InlineData("de", 3, MonthForm.Long, "März")]
    [InlineData("fr", 8, MonthForm.Long, "août")]
    [InlineData("en", 13, MonthForm.Long, "")]
    [InlineData("en", 0, MonthForm.Long, "")]
    public void Month_names(string language, int month, object form, string expected) =>
        Assert.Equal(expected, LocaleStore.Default.Get(language).Month(month, (MonthForm)form));

    [Theory]
    [InlineData("en", "“", "”", "‘", "’")]
    [InlineData("ru", "«", "»", "„", "“")]
    [InlineData("de", "„", "“", "‚", "‘")]
    public void Quote_marks(string language, string outerOpen, string outerClose, string innerOpen, string innerClose) =>
        Assert.Equal(new QuoteMarks(outerOpen, outerClose, innerOpen, innerClose), LocaleStore.Default.Get(language).Quotes);

    [Theory]
    [InlineData("en", 1, "1st")]
    [InlineData("en", 2, "2nd")]
    [InlineData("en", 3, "3rd")]
    [InlineData("en", 4, "4th")]
    [InlineData("en", 11, "11th")]
    [InlineData("en", 12, "12th")]
    [InlineData("en", 13, "13th")]
    [InlineData("en", 21, "21st")]
    [InlineData("en", 22, "22nd")]
    [InlineData("en", 101, "101st")]
    [InlineData("en", 111, "111th")]
    [InlineData("ru", 2, "2-е")]
    [InlineData("de", 5, "5.")]
    [InlineData("fr", 1, "1re")]
    [InlineData("fr", 21, "21e")]
    [InlineData("uk", 2, "2-ге")]
    public void Ordinals(string language, int number, string expected) =>
        Assert.Equal(expected, LocaleStore.Default.Get(language).Ordinal(number));
}
