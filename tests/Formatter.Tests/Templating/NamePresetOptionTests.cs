using Formatter.Core.Locales;
using Formatter.Core.Templating;

namespace Formatter.Tests.Templating;

/// <summary>A name preset value <c>$NAME</c> takes the style option <c>NAME</c>, so et-al limits can be set from the command line.</summary>
public sealed class NamePresetOptionTests
{
    private static readonly Locale En = LocaleStore.Default.Get("en");

    [Fact]
    public void A_dollar_value_reads_the_option()
    {
        var preset = new Dictionary<string, string> { ["et-al-min"] = "$et-al-min", ["et-al-use-first"] = "$et-al-use-first" };
        var options = new Dictionary<string, string> { ["et-al-min"] = "4", ["et-al-use-first"] = "1" };
        var read = NamePresetReader.Read("p", preset, En, options);
        Assert.Equal(4, read.EtAlMin);
        Assert.Equal(1, read.EtAlUseFirst);
    }

    [Fact]
    public void Plain_values_are_unchanged()
    {
        var read = NamePresetReader.Read("p", new Dictionary<string, string> { ["et-al-min"] = "5", ["delimiter"] = "$" }, En, new Dictionary<string, string>());
        Assert.Equal(5, read.EtAlMin);
        Assert.Equal("$", read.Delimiter);
    }

    [Fact]
    public void An_undefined_option_is_an_error_naming_preset_and_option()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            NamePresetReader.Read("responsibility", new Dictionary<string, string> { ["et-al-min"] = "$missing" }, En, new Dictionary<string, string>()));
        Assert.Contains("responsibility", error.Message);
        Assert.Contains("missing", error.Message);
    }
}
