using Formatter.Plugins;

namespace Formatter.Core.Lists;

/// <summary>The list passes every style can name in its manifest without a plugin.</summary>
internal static class BuiltInPasses
{
    private static readonly Dictionary<string, IListPass> Passes = new(StringComparer.Ordinal)
    {
        ["sort"] = new SortPass(),
        ["sort-entries"] = new EntrySortPass(),
        ["year-suffix"] = new YearSuffixPass(),
        ["number"] = new NumberPass(),
        ["same-surname-initials"] = new SameSurnameInitialsPass(),
    };

    /// <summary>The built-in pass with that name, or null.</summary>
    public static IListPass? Find(string name) => Passes.GetValueOrDefault(name);
}
