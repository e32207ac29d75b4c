using Formatter.Core.Api;

namespace Formatter.Tests;

/// <summary>One formatter over the plugins built next to the tests (plugins/ in the test output), shared by all tests.</summary>
public static class TestFormatter
{
    private static readonly Lazy<CitationFormatter> Instance = new(() => new FormatterBuilder().AddPluginFolder(PluginFolder).Build());

    /// <summary>The plugins folder next to the test assembly.</summary>
    public static string PluginFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>The shared formatter.</summary>
    public static CitationFormatter Shared => Instance.Value;
}
