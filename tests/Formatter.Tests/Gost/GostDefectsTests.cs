namespace Formatter.Tests.Gost;

/// <summary>The defect checker finds doubled and dangling signs and leaves clean GOST entries, ellipses and URLs alone.</summary>
public sealed class GostDefectsTests
{
    [Theory]
    [InlineData("Title. – . 2020.", "'. – .'")]
    [InlineData("Title / A. B.. – 2020.", "doubled period")]
    [InlineData("Title / A, , B. – 2020.", "', ,'")]
    [InlineData("Title. – Текст : электронный //  – 2020.", "'//' followed by a sign")]
    [InlineData("Title. – Текст : электронный // . 2020.", "'//' followed by a sign")]
    [InlineData("Title. – () – 2020.", "empty () or []")]
    [InlineData("Title. – [] : Наука, 2020.", "empty () or []")]
    [InlineData("Title. – Москва :, 2020.", "' :' at an area end")]
    [InlineData("Title. – Москва : .", "' :' at an area end")]
    [InlineData("Title / A. B. –", "dangling sign at the end")]
    [InlineData("Title /", "dangling sign at the end")]
    [InlineData("Title / ; A. B. – 2020.", "' /' or ' ;' before a sign")]
    [InlineData("Title. – – 2020.", "'– –'")]
    [InlineData("Title.  – 2020.", "double space")]
    [InlineData("Title . – 2020.", "space before '.' or ','")]
    [InlineData("Title,. – 2020.", "',.'")]
    [InlineData(". – Title. – 2020.", "sign at the start")]
    [InlineData("Title. – 2020", "no final period")]
    public void Defects_are_found(string entry, string defect) => Assert.Contains(defect, GostDefects.Find(entry));

    [Theory]
    [InlineData("Иванова, А. С. Цифровые архивы и память региона / А. С. Иванова, П. Н. Громов. – Текст : непосредственный // Вопросы истории культуры. – 2021. – Т. 12, № 3. – С. 45–60. – DOI 10.5555/vik.2021.3.45.")]
    [InlineData("Путеводитель по заповеднику «Приокская терраса». – [Б. м. : б. и., 2010?]. – 48 с. – Текст : непосредственный.")]
    [InlineData("Abramov, V. S. Reaction ... of organic compounds / V. S. Abramov. – Moscow, 1980. – URL: https://ui.adsabs.harvard.edu/abs/2021PhDT.........5C. – Текст : электронный.")]
    [InlineData("Гали Акыш вафат...Идел-Урал ялкынының соңгы учагы сүнде... / L. Mukhamadi. – Текст : электронный // @mukhamadi : [сайт]. – 2011. – 17 июля.")]
    [InlineData("Прикладная геоинформатика / С. П. Волков [и др.]. Новосибирск : Наука, 2018. 296 с.")]
    public void Clean_entries_pass(string entry) => Assert.Empty(GostDefects.Find(entry));
}
