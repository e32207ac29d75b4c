using Formatter.Core.Text;
using Formatter.Core.Text.Names;

namespace Formatter.Tests.Text;

public class InitialsTests
{
    [Theory]
    [InlineData("Vladimir Ivanovich", "V. I.")]
    [InlineData("V.I.", "V. I.")]
    [InlineData("V. I.", "V. I.")]
    [InlineData("V I", "V. I.")]
    [InlineData("Jean-Paul", "J.-P.")]
    [InlineData("J.-P.", "J.-P.")]
    [InlineData("Наталья Игоревна", "Н. И.")]
    [InlineData("J. R. R.", "J. R. R.")]
    [InlineData("John Ronald Reuel", "J. R. R.")]
    [InlineData("Ma. Cristina", "Ma. C.")]
    [InlineData("Yu.", "Yu.")]
    [InlineData("Wm. Henry", "Wm. H.")]
    [InlineData("Pierre.", "P.")] // a catalogue's final period after a whole name is no abbreviation
    [InlineData("Jean Pierre.", "J. P.")]
    [InlineData("Chas.", "C.")]
    [InlineData("Yuri", "Y.")]
    [InlineData("Thomas", "T.")]
    [InlineData("Maria K.", "M. K.")]
    [InlineData("Élise", "É.")]
    [InlineData("  Anna   Maria  ", "A. M.")]
    [InlineData("Jean le Rond", "J. le R.")] // a lower-case particle stays whole (citeproc-js)
    [InlineData("Programme to Combat Racism", "P. to C. R.")]
    [InlineData("Hai-jun", "H.")] // a lower-case hyphenated part is dropped
    [InlineData("Wen-tau", "W.")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void From_default_separator(string given, string expected) =>
        Assert.Equal(expected, Initials.From(given));

    [Fact]
    public void From_null_is_empty() => Assert.Equal("", Initials.From(null));

    [Theory]
    [InlineData("Vladimir Ivanovich", "", true, "V.I.")]
    [InlineData("Jean-Paul", "", true, "J.-P.")]
    [InlineData("Vladimir Ivanovich", "", false, "VI")]
    [InlineData("Vladimir Ivanovich", " ", false, "V I")]
    public void From_with_separator_and_periods(string given, string separator, bool periods, string expected) =>
        Assert.Equal(expected, Initials.From(given, separator, periods));

    [Fact]
    public void From_decomposed_accent_stays_with_its_letter() =>
        Assert.Equal("E\u0301. M.", Initials.From("E\u0301lise Marie"));

    [Fact]
    public void From_keeps_markup_markers()
    {
        var given = Markup.Wrap("nocase", "Vladimir") + " Ivanovich";
        var result = Initials.From(given);
        Assert.Equal(Markup.Wrap("nocase", "V.") + " I.", result);
        Assert.Equal("V. I.", Markup.Strip(result));
    }

    [Theory]
    [InlineData("Jeffrey R", "Jeffrey R.")]
    [InlineData("Laura M", "Laura M.")]
    [InlineData("V.I.", "V. I.")]
    [InlineData("V I", "V. I.")]
    [InlineData("Maria K.", "Maria K.")]
    [InlineData("Jean-Paul", "Jean-Paul")]
    [InlineData("J.-P.", "J.-P.")]
    [InlineData("Ma. Cristina", "Ma. Cristina")]
    [InlineData("Ana Lucía", "Ana Lucía")]
    [InlineData("Robert (Bob)", "Robert (Bob)")]
    [InlineData("", "")]
    public void Tidy_punctuates_bare_initials_only(string given, string expected) =>
        Assert.Equal(expected, Initials.Tidy(given));
}
