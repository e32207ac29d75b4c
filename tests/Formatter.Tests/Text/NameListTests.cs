using Formatter.Core.Text.Names;

namespace Formatter.Tests.Text;

/// <summary>Whole name lists, from the worked examples of the three style guides.</summary>
public class NameListTests
{
    private const string ElevenAuthors =
        "Abbott, Lena; Baker, Tom; Chen, Wei; Diaz, Marta; Evans, Owen; Fischer, Jan; Gupta, Nisha; Hall, Ruth; Ito, Ken; Jones, Amy; Khan, Sara";

    private static readonly NameListOptions ApaEditorsInChapter = new()
    {
        GivenForm = GivenNameForm.Initials, And = "&",
    };

    private static readonly NameListOptions ChicagoEditedBy = new() { And = "and" };

    private static readonly NameListOptions Chicago18 = NameListOptions.ChicagoBibliography with { EtAlMin = 7, EtAlUseFirst = 3 };

    private static readonly NameListOptions Gost2008Heading = new()
    {
        Inversion = NameInversion.All, GivenForm = GivenNameForm.Initials, SortSeparator = " ",
    };

    private static readonly NameListOptions GostThesisAuthor = new() { Inversion = NameInversion.All, SortSeparator = " " };

    [Theory]
    [InlineData("Batyuk, V. I.", "Batyuk, V. I.")]
    [InlineData("Batyuk, V.I.", "Batyuk, V. I.")]
    [InlineData("Batyuk, Vladimir Ivanovich", "Batyuk, V. I.")]
    [InlineData("Harlow, Maria K.; Osei, Daniel", "Harlow, M. K., & Osei, D.")]
    [InlineData("Patel, Ravi; Moreau, Claire", "Patel, R., & Moreau, C.")]
    [InlineData("Brennan, Thomas; Ruiz, Ana Lucía; Novak, Petra", "Brennan, T., Ruiz, A. L., & Novak, P.")]
    [InlineData("Dumont, Élise", "Dumont, É.")]
    [InlineData("Reyes, Laura M", "Reyes, L. M.")]
    [InlineData("=National Water Council", "National Water Council")]
    [InlineData(ElevenAuthors, "Abbott, L., Baker, T., Chen, W., Diaz, M., Evans, O., Fischer, J., Gupta, N., Hall, R., Ito, K., Jones, A., & Khan, S.")]
    public void Apa_authors(string names, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(names), NameListOptions.Apa));

    [Fact]
    public void Apa_M22_twenty_two_authors_give_first_nineteen_ellipsis_and_last()
    {
        var names = TestNames.List(
            "Abe, A.; Bell, B.; Cruz, C.; Dahl, D.; Eze, E.; Fox, F.; Gil, G.; Ho, H.; Ito, I.; Jain, J.; Kos, K.; Lee, L.; " +
            "Moss, M.; Nagy, N.; Ortiz, O.; Park, P.; Quinn, Q.; Rossi, R.; Sato, S.; Tran, T.; Ueda, U.; Vance, V.");
        Assert.Equal(
            "Abe, A., Bell, B., Cruz, C., Dahl, D., Eze, E., Fox, F., Gil, G., Ho, H., Ito, I., Jain, J., Kos, K., Lee, L., " +
            "Moss, M., Nagy, N., Ortiz, O., Park, P., Quinn, Q., Rossi, R., Sato, S., . . . Vance, V.",
            NameFormatter.Format(names, NameListOptions.Apa));
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void Apa_lists_all_up_to_twenty(int count, bool shortened)
    {
        var names = new List<Formatter.Records.Name>();
        for (var i = 0; i < count; i++) names.Add(new Formatter.Records.Name { Family = "Author" + i, Given = "A" });
        var result = NameFormatter.Format(names, NameListOptions.Apa);
        Assert.Equal(shortened, result.Contains(". . .", StringComparison.Ordinal));
        Assert.Equal(!shortened, result.Contains("& Author19, A.", StringComparison.Ordinal));
        Assert.EndsWith($"Author{count - 1}, A.", result);
    }

    [Theory]
    [InlineData("Fischer, Jonas", "J. Fischer")]
    [InlineData("Greene, Martin; Hollis, Tara", "M. Greene & T. Hollis")]
    [InlineData("Greene, Martin; Hollis, Tara; Lee, Chan", "M. Greene, T. Hollis, & C. Lee")]
    [InlineData("Hale, Mark", "M. Hale")]
    public void Apa_editors_and_translators_not_inverted(string names, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(names), ApaEditorsInChapter));

    [Theory]
    [InlineData("Harlow, Maria K.; Osei, Daniel", "Harlow, Maria K., and Daniel Osei")]
    [InlineData("Brennan, Thomas; Ruiz, Ana Lucía; Novak, Petra", "Brennan, Thomas, Ana Lucía Ruiz, and Petra Novak")]
    [InlineData("Patel, Ravi; Moreau, Claire", "Patel, Ravi, and Claire Moreau")]
    [InlineData("Batyuk, V. I.", "Batyuk, V. I.")]
    [InlineData("Batyuk, V.I.", "Batyuk, V. I.")]
    [InlineData("Reyes, Laura M", "Reyes, Laura M.")]
    [InlineData("Okafor, Jeffrey R; Lund, Erik", "Okafor, Jeffrey R., and Erik Lund")]
    [InlineData(ElevenAuthors, "Abbott, Lena, Tom Baker, Wei Chen, Marta Diaz, Owen Evans, Jan Fischer, Nisha Gupta, et al.")]
    [InlineData("=International Code Society", "International Code Society")]
    public void Chicago_bibliography_authors(string names, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(names), NameListOptions.ChicagoBibliography));

    [Fact]
    public void Chicago_ten_authors_are_all_listed()
    {
        var names = TestNames.List(ElevenAuthors)[..10];
        var result = NameFormatter.Format(names, NameListOptions.ChicagoBibliography);
        Assert.EndsWith("Ken Ito, and Amy Jones", result);
        Assert.DoesNotContain("et al.", result);
    }

    [Fact]
    public void Chicago_18th_edition_seven_or_more_give_three_and_et_al() =>
        Assert.Equal(
            "Abbott, Lena, Tom Baker, Wei Chen, et al.",
            NameFormatter.Format(TestNames.List(ElevenAuthors), Chicago18));

    [Theory]
    [InlineData("Fischer, Jonas", "Jonas Fischer")]
    [InlineData("Greene, Martin; Hollis, Tara", "Martin Greene and Tara Hollis")]
    [InlineData("Hale, Mark", "Mark Hale")]
    public void Chicago_edited_by_natural_order(string names, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(names), ChicagoEditedBy));

    [Theory]
    [InlineData("Иванова, Анна Сергеевна", "А. С. Иванова")]
    [InlineData("Иванова, А. С.; Громов, П. Н.", "А. С. Иванова, П. Н. Громов")]
    [InlineData("Волков, А. П.; Зуева, Л. С.; Ким, Д. А.; Лаптев, И. В.", "А. П. Волков, Л. С. Зуева, Д. А. Ким, И. В. Лаптев")]
    [InlineData("Волков, С. П.; Зуева, М. О.; Ким, Д. А.; Лаптев, И. В.; Орлов, Д.", "С. П. Волков, М. О. Зуева, Д. А. Ким [и др.]")]
    [InlineData("Harlow, Maria K.; Osei, Daniel", "M. K. Harlow, D. Osei")]
    [InlineData("Batyuk, V.I.", "V. I. Batyuk")]
    public void Gost_statement_of_responsibility(string names, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(names), NameListOptions.GostResponsibility));

    [Fact]
    public void Gost_latin_item_uses_bracketed_english_et_al() =>
        Assert.Equal(
            "L. Abbott, T. Baker, W. Chen [et al.]",
            NameFormatter.Format(TestNames.List(ElevenAuthors), NameListOptions.GostResponsibility with { EtAlTerm = "[et al.]" }));

    [Fact]
    public void Gost_strict_7_1_first_author_and_et_al() =>
        Assert.Equal(
            "С. П. Волков [и др.]",
            NameFormatter.Format(
                TestNames.List("Волков, С. П.; Зуева, М. О.; Ким, Д. А.; Лаптев, И. В."),
                NameListOptions.GostResponsibility with { EtAlMin = 4, EtAlUseFirst = 1 }));

    [Theory]
    [InlineData("Иванова, Анна Сергеевна", "Иванова, А. С.")]
    [InlineData("Harlow, Maria K.", "Harlow, M. K.")]
    [InlineData("Batyuk, V. I.", "Batyuk, V. I.")]
    [InlineData("kurgus", "kurgus")]
    public void Gost_heading(string name, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(name), NameListOptions.GostHeading));

    [Theory]
    [InlineData("Петров, Иван Андреевич", "Петров И. А.")]
    [InlineData("Иванова, А. С.; Громов, П. Н.", "Иванова А. С., Громов П. Н.")]
    [InlineData("Batyuk, V. I.", "Batyuk V. I.")]
    public void Gost_7_0_5_heading_without_comma(string names, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(names), Gost2008Heading));

    [Theory]
    [InlineData("Орлова, Наталья Игоревна", "Орлова Наталья Игоревна")]
    [InlineData("Суворов, Андрей Владимирович", "Суворов Андрей Владимирович")]
    public void Gost_thesis_full_inverted_without_comma(string name, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(name), GostThesisAuthor));

    [Theory]
    [InlineData(2, DelimiterBeforeLast.Contextual, "Ann Abe and Ben Bell")]
    [InlineData(3, DelimiterBeforeLast.Contextual, "Ann Abe, Ben Bell, and Cy Cruz")]
    [InlineData(2, DelimiterBeforeLast.Always, "Ann Abe, and Ben Bell")]
    [InlineData(3, DelimiterBeforeLast.Always, "Ann Abe, Ben Bell, and Cy Cruz")]
    [InlineData(2, DelimiterBeforeLast.Never, "Ann Abe and Ben Bell")]
    [InlineData(3, DelimiterBeforeLast.Never, "Ann Abe, Ben Bell and Cy Cruz")]
    [InlineData(2, DelimiterBeforeLast.AfterInvertedName, "Ann Abe and Ben Bell")]
    [InlineData(3, DelimiterBeforeLast.AfterInvertedName, "Ann Abe, Ben Bell and Cy Cruz")]
    public void Delimiter_before_last_in_natural_order(int count, object mode, string expected)
    {
        var names = TestNames.List("Abe, Ann; Bell, Ben; Cruz, Cy")[..count];
        Assert.Equal(expected, NameFormatter.Format(names, new NameListOptions { And = "and", DelimiterBeforeLast = (DelimiterBeforeLast)mode }));
    }

    [Theory]
    [InlineData("Patel, Rita; Moreau, Claire", "Patel, R., & Moreau, C.")]
    [InlineData("=Conference of Microcomputers; Barrette, Pierre", "Conference of Microcomputers, & Barrette, P.")]
    [InlineData("=FAO; =UNIDO", "FAO & UNIDO")]
    [InlineData("Phoebus, M. A.; =United States", "Phoebus, M. A. & United States")]
    [InlineData("=FAO; =UNIDO; =WHO", "FAO, UNIDO, & WHO")]
    public void Apa_comma_before_ampersand_unless_a_literal_pair(string names, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List(names), NameListOptions.Apa with { DelimiterBeforeLast = DelimiterBeforeLast.AlwaysUnlessLiteralPair }));

    [Fact]
    public void A_suffix_left_in_the_given_name_after_a_comma_is_a_suffix() =>
        Assert.Equal("Osborne, A., Jr., & Russo, C.", NameFormatter.Format(TestNames.List("Osborne, Allan , Jr.; Russo, Charles"), NameListOptions.Apa));

    [Theory]
    [InlineData(DelimiterBeforeLast.AfterInvertedName, "Abe, Ann, and Ben Bell")]
    [InlineData(DelimiterBeforeLast.Contextual, "Abe, Ann and Ben Bell")]
    public void Delimiter_after_inverted_first_name(object mode, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(
            TestNames.List("Abe, Ann; Bell, Ben"),
            new NameListOptions { Inversion = NameInversion.First, And = "and", DelimiterBeforeLast = (DelimiterBeforeLast)mode }));

    [Theory]
    [InlineData("Abe, Ann; Bell, Ben", "Abe, Ann, and Ben Bell")]
    [InlineData("Abe, Ann; Bell, Ben; Cruz, Cy", "Abe, Ann, Ben Bell, and Cy Cruz")]
    [InlineData("=FAO; =UNIDO", "FAO and UNIDO")]
    [InlineData("=FAO; =UNIDO; =WHO", "FAO, UNIDO, and WHO")]
    [InlineData("=FAO; Bell, Ben", "FAO and Ben Bell")]
    [InlineData("Abe, Ann; =FAO", "Abe, Ann, and FAO")]
    [InlineData("田中, 博春; 小熊, 宏之", "田中博春, and 小熊宏之")]
    [InlineData("=王海霞; =罗耀群", "王海霞 and 罗耀群")]
    [InlineData("Mononym; Bell, Ben", "Mononym, and Ben Bell")]
    public void Serial_comma_or_after_an_inverted_name_mode(string names, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(
            TestNames.List(names),
            new NameListOptions { Inversion = NameInversion.First, And = "and", DelimiterBeforeLast = DelimiterBeforeLast.SerialOrInverted }));

    [Theory]
    [InlineData(null, "Ann Abe, Ben Bell, Cy Cruz")]
    [InlineData("&", "Ann Abe, Ben Bell, & Cy Cruz")]
    [InlineData("и", "Ann Abe, Ben Bell, и Cy Cruz")]
    public void And_word_or_symbol_or_none(string? and, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(TestNames.List("Abe, Ann; Bell, Ben; Cruz, Cy"), new NameListOptions { And = and }));

    [Theory]
    [InlineData(3, 3, "Ann Abe, Ben Bell, Cy Cruz")]
    [InlineData(4, 3, "Ann Abe, Ben Bell, Cy Cruz")]
    [InlineData(3, 1, "Ann Abe, et al.")]
    [InlineData(3, 2, "Ann Abe, Ben Bell, et al.")]
    [InlineData(0, 1, "Ann Abe, Ben Bell, Cy Cruz")]
    public void Et_al_min_and_use_first(int min, int useFirst, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(
            TestNames.List("Abe, Ann; Bell, Ben; Cruz, Cy"), new NameListOptions { EtAlMin = min, EtAlUseFirst = useFirst }));

    [Fact]
    public void Et_al_use_last_needs_at_least_one_omitted_name() =>
        Assert.Equal("Ann Abe, Ben Bell, et al.", NameFormatter.Format(
            TestNames.List("Abe, Ann; Bell, Ben; Cruz, Cy"),
            new NameListOptions { EtAlMin = 3, EtAlUseFirst = 2, EtAlUseLast = true }));

    // GOST's heading keeps the first author only, with no et-al word: no delimiter is left dangling after it.
    [Fact]
    public void An_empty_et_al_term_leaves_no_delimiter() =>
        Assert.Equal("Abe, A.", NameFormatter.Format(
            TestNames.List("Abe, Ann; Bell, Ben; Cruz, Cy"),
            new NameListOptions { Inversion = NameInversion.All, GivenForm = GivenNameForm.Initials, EtAlMin = 2, EtAlUseFirst = 1, EtAlTerm = "" }));

    [Fact]
    public void Empty_list_is_empty() => Assert.Equal("", NameFormatter.Format([], NameListOptions.Apa));

    [Fact]
    public void Organisation_inside_a_list_prints_as_stored() =>
        Assert.Equal("National Water Council, & Hughes, P.", NameFormatter.Format(
            TestNames.List("=National Water Council; Hughes, Paul"), NameListOptions.Apa));
}
