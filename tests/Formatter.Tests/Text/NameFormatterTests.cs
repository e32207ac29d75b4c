using Formatter.Core.Text;
using Formatter.Core.Text.Names;
using Formatter.Records;

namespace Formatter.Tests.Text;

/// <summary>Single names: particles, suffixes, literal, CJK and family-only names, short form, sort keys.</summary>
public class NameFormatterTests
{
    private static readonly NameListOptions Natural = NameListOptions.Default;
    private static readonly NameListOptions Inverted = new() { Inversion = NameInversion.All };
    private static readonly NameListOptions InvertedInitials = NameListOptions.Apa;
    private static readonly NameListOptions Demoted = new() { Inversion = NameInversion.All, DemoteNonDroppingParticle = true };

    private static readonly Name VanGogh = new() { Family = "Gogh", Given = "Vincent", NonDroppingParticle = "van" };
    private static readonly Name Beethoven = new() { Family = "Beethoven", Given = "Ludwig", DroppingParticle = "van" };
    private static readonly Name DeGaulle = new() { Family = "Gaulle", Given = "Charles", NonDroppingParticle = "de" };
    private static readonly Name Alembert = new() { Family = "Alembert", Given = "Jean", NonDroppingParticle = "d'" };
    private static readonly Name King = new() { Family = "King", Given = "Martin Luther", Suffix = "Jr." };
    private static readonly Name KingComma = King with { CommaSuffix = true };
    private static readonly Name Mao = new() { Family = "毛", Given = "泽东" };

    public static TheoryData<string, Name, object, string> Cases => new()
    {
        { "non-dropping natural", VanGogh, Natural, "Vincent van Gogh" },
        { "non-dropping inverted", VanGogh, Inverted, "van Gogh, Vincent" },
        { "non-dropping APA", VanGogh, InvertedInitials, "van Gogh, V." },
        { "non-dropping demoted", VanGogh, Demoted, "Gogh, Vincent van" },
        { "dropping natural", Beethoven, Natural, "Ludwig van Beethoven" },
        { "dropping inverted", Beethoven, Inverted, "Beethoven, Ludwig van" },
        { "dropping APA", Beethoven, InvertedInitials, "Beethoven, L. van" },
        { "de Gaulle inverted", DeGaulle, Inverted, "de Gaulle, Charles" },
        { "apostrophe particle natural", Alembert, Natural, "Jean d'Alembert" },
        { "apostrophe particle inverted", Alembert, Inverted, "d'Alembert, Jean" },
        { "suffix natural", King, Natural, "Martin Luther King Jr." },
        { "comma suffix natural", KingComma, Natural, "Martin Luther King, Jr." },
        { "suffix inverted", King, Inverted, "King, Martin Luther, Jr." },
        { "suffix left in the given name natural", new Name { Family = "Osborne", Given = "Allan , Jr." }, Natural, "Allan Osborne Jr." },
        { "suffix left in the given name inverted", new Name { Family = "Osborne", Given = "Allan , Jr." }, Inverted, "Osborne, Allan, Jr." },
        { "suffix APA", King, InvertedInitials, "King, M. L., Jr." },
        { "suffix GOST 7.0.5", King, new NameListOptions { Inversion = NameInversion.All, GivenForm = GivenNameForm.Initials, SortSeparator = " " }, "King M. L. Jr." },
        { "CJK natural", Mao, Natural, "毛泽东" },
        { "CJK inverted", Mao, Inverted, "毛泽东" },
        { "CJK initials form", Mao, InvertedInitials, "毛泽东" },
        { "literal", Name.FromLiteral("Министерство природных ресурсов Республики Татарстан"), InvertedInitials, "Министерство природных ресурсов Республики Татарстан" },
        { "family only", new Name { Family = "kurgus" }, InvertedInitials, "kurgus" },
        { "family only with particle", new Name { Family = "Gogh", NonDroppingParticle = "van" }, Inverted, "van Gogh" },
        { "given only", new Name { Given = "Plato" }, InvertedInitials, "Plato" },
        { "empty name", new Name(), Inverted, "" },
        { "short form", VanGogh, Natural with { Form = NameForm.Short }, "van Gogh" },
        { "short form dropping", Beethoven, Natural with { Form = NameForm.Short }, "Beethoven" },
        { "short form CJK", Mao, Natural with { Form = NameForm.Short }, "毛" },
        { "initials no space", new Name { Family = "Batyuk", Given = "Vladimir Ivanovich" }, InvertedInitials with { InitialSeparator = "" }, "Batyuk, V.I." },
        { "Latin name in Cyrillic list stays Latin", new Name { Family = "Harlow", Given = "Maria K." }, NameListOptions.GostHeading, "Harlow, M. K." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formats_one_name(string rule, Name name, object options, string expected)
    {
        Assert.False(string.IsNullOrEmpty(rule));
        Assert.Equal(expected, NameFormatter.FormatOne(name, (NameListOptions)options));
    }

    [Fact]
    public void Format_one_with_explicit_inversion_ignores_options_inversion() =>
        Assert.Equal("Vincent van Gogh", NameFormatter.FormatOne(VanGogh, Inverted, inverted: false));

    [Fact]
    public void Markup_in_a_name_survives()
    {
        var name = new Name { Family = Markup.Wrap("nocase", "van der Berg"), Given = "Anna" };
        var result = NameFormatter.FormatOne(name, NameListOptions.Apa);
        Assert.Equal(Markup.Wrap("nocase", "van der Berg") + ", A.", result);
    }

    public static TheoryData<Name, string> SortKeys => new()
    {
        { VanGogh, "van Gogh, Vincent" },
        { Beethoven, "Beethoven, Ludwig van" },
        { King, "King, Martin Luther" },
        { Name.FromLiteral("National Water Council"), "National Water Council" },
        { new Name { Family = "kurgus" }, "kurgus" },
        { new Name { Family = Markup.Wrap("nocase", "Loft"), Given = "V." }, "Loft, V." },
    };

    [Theory]
    [MemberData(nameof(SortKeys))]
    public void Sort_key(Name name, string expected) => Assert.Equal(expected, NameFormatter.SortKey(name));

    [Fact]
    public void Sort_keys_put_nothing_before_something()
    {
        var loft = NameFormatter.SortKey(new Name { Family = "Loft", Given = "V." });
        var loftus = NameFormatter.SortKey(new Name { Family = "Loftus", Given = "E. F." });
        Assert.True(string.Compare(loft, loftus, System.Globalization.CultureInfo.GetCultureInfo("en-US"), System.Globalization.CompareOptions.None) < 0);
        Assert.True(string.CompareOrdinal(loft, loftus) < 0);
    }

    [Theory]
    [InlineData("\u200b 粮农组织", "粮农组织")]
    [InlineData("\uFEFFWorld Health Organization ", "World Health Organization")]
    [InlineData("FAO", "FAO")]
    public void A_literal_name_prints_without_invisible_ends(string literal, string expected) =>
        Assert.Equal(expected, NameFormatter.FormatOne(Name.FromLiteral(literal), new NameListOptions()));
}
