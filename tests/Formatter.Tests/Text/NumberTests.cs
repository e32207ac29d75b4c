using Formatter.Core.Text.Numbers;

namespace Formatter.Tests.Text;

public class NumberTests
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    [InlineData(0, "0th")]
    public void English_ordinals(int number, string expected) => Assert.Equal(expected, Ordinals.English(number));

    [Theory]
    [InlineData("Fifth edition", "5th ed.")]
    [InlineData("5", "5th ed.")]
    [InlineData("5th", "5th ed.")]
    [InlineData("5th ed.", "5th ed.")]
    [InlineData("5th ed", "5th ed.")]
    [InlineData("fifth", "5th ed.")]
    [InlineData("4th ed.", "4th ed.")] // B5
    [InlineData("2nd", "2nd ed.")] // C2
    [InlineData("Second Edition", "2nd ed.")]
    [InlineData("21st edition", "21st ed.")]
    [InlineData("3rd edn", "3rd ed.")]
    [InlineData("Revised edition", "Rev. ed.")]
    [InlineData("revised", "Rev. ed.")]
    [InlineData("2nd revised edition", "2nd rev. ed.")]
    [InlineData("Anniversary edition", "Anniversary edition")]
    [InlineData("5th ed., rev. and expanded", "5th ed., rev. and expanded")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void Apa_edition(string? edition, string expected) => Assert.Equal(expected, Edition.Normalize(edition, EditionStyle.Apa));

    [Theory]
    [InlineData("Fifth edition", "5th ed.")]
    [InlineData("4", "4th ed.")]
    [InlineData("2nd ed.", "2nd ed.")]
    [InlineData("Revised edition", "Revised edition")] // chicago §11: other text as stored
    [InlineData("2nd revised edition", "2nd revised edition")]
    [InlineData("Expanded edition", "Expanded edition")]
    public void Chicago_edition(string edition, string expected) => Assert.Equal(expected, Edition.Normalize(edition, EditionStyle.Chicago));

    [Theory]
    [InlineData("2", "2-е изд.")]
    [InlineData("2-е", "2-е изд.")]
    [InlineData("2-е изд.", "2-е изд.")]
    [InlineData("2-е изд., перераб. и доп.", "2-е изд., перераб. и доп.")] // GOST example 5, as stored
    [InlineData("Изд. 3-е, испр.", "Изд. 3-е, испр.")]
    [InlineData("11", "11-е изд.")]
    public void Gost_russian_edition(string edition, string expected) => Assert.Equal(expected, Edition.Normalize(edition, EditionStyle.GostRussian));

    [Theory]
    [InlineData("Fifth edition", 5)]
    [InlineData("1", 1)]
    [InlineData("1st ed.", 1)]
    [InlineData("2-е изд.", 2)]
    [InlineData("Revised edition", null)]
    [InlineData("Anniversary edition", null)]
    [InlineData(null, null)]
    public void Edition_number(string? edition, int? expected) => Assert.Equal(expected, Edition.Number(edition));

    [Theory]
    [InlineData("12", true)]
    [InlineData("12a", true)]
    [InlineData("D2", true)]
    [InlineData("L2d", true)]
    [InlineData("2nd", true)]
    [InlineData("2-4", true)]
    [InlineData("2–4", true)]
    [InlineData("2, 3", true)]
    [InlineData("2 & 4", true)]
    [InlineData("05-06", true)]
    [InlineData("second", false)]
    [InlineData("2nd edition", false)]
    [InlineData("Suppl. 2", false)]
    [InlineData("2-", false)]
    [InlineData("XII", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsNumeric_follows_CSL(string? value, bool expected) => Assert.Equal(expected, NumericValue.IsNumeric(value));
}
