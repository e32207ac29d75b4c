using Formatter.Core.Locales;
using Formatter.Core.Templating;
using Formatter.Core.Text.Names;
using Formatter.Records;

namespace Formatter.Tests.Templating;

/// <summary>How a preset writes initials: <c>initial-separator</c> between them, <c>initial-periods</c> after them.</summary>
public sealed class NamePresetInitialsTests
{
    private static readonly Name Moreau = new() { Family = "Moreau", Given = "Louise Marie" };

    private static string Format(params (string Key, string Value)[] keys)
    {
        var preset = keys.ToDictionary(k => k.Key, k => k.Value);
        preset["initials"] = "true";
        preset["inversion"] = "first";
        return NameFormatter.FormatOne(Moreau, NamePresetReader.Read("p", preset, LocaleStore.Default.Get("en")));
    }

    [Fact]
    public void Initials_are_spaced_and_end_with_periods_by_default() => Assert.Equal("Moreau, L. M.", Format());

    [Fact]
    public void The_separator_can_be_empty() => Assert.Equal("Moreau, L.M.", Format(("initial-separator", "")));

    [Fact]
    public void Periods_can_be_left_out() => Assert.Equal("Moreau, L M", Format(("initial-periods", "false")));
}
