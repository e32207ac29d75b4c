namespace Formatter.Tests;

/// <summary>
/// Locates <c>../shared</c> (the corpus, style guides and CSL data beside the repository). Tests that need it call
/// <see cref="Require"/>, which skips them with a clear message on a clone that has no shared folder.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The repository root (the folder holding Formatter.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Path => Root.Value;

    /// <summary>Skips the calling test unless the shared folder exists; returns the full path of <paramref name="relative"/>.</summary>
    public static string Require(string relative)
    {
        Skip.If(Path is null, "../shared is not present beside the repository (set FORMATTER_SHARED to its path); this test needs it.");
        return System.IO.Path.Combine(Path!, relative);
    }

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("FORMATTER_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment)) return fromEnvironment;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "corpus")) ? candidate : null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Formatter.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Formatter.sln not found above " + AppContext.BaseDirectory);
    }
}
