namespace Formatter.Core.Text.Data;

/// <summary>
/// Reads a word list embedded as <c>Formatter.Text.&lt;file&gt;</c>: one entry a line, <c>#</c> starts a comment,
/// blank lines are ignored. Entries are trimmed; the caller decides how to fold case.
/// </summary>
internal static class EmbeddedWordList
{
    /// <summary>The entries of the embedded file <paramref name="fileName"/> (e.g. <c>proper-nouns.txt</c>).</summary>
    public static IReadOnlyList<string> Read(string fileName)
    {
        var resourceName = "Formatter.Text." + fileName;
        using var stream = typeof(EmbeddedWordList).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("Embedded word list not found: " + resourceName);
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var comment = line.IndexOf('#');
            var entry = (comment >= 0 ? line[..comment] : line).Trim();
            if (entry.Length > 0) entries.Add(entry);
        }
        return entries;
    }
}
