namespace Formatter.Core.Writers;

/// <summary>The output formats the formatter can write.</summary>
public static class WriterRegistry
{
    private static readonly IBibliographyWriter[] Writers =
    [
        new TextBibliographyWriter(),
        new HtmlBibliographyWriter(),
        new MarkdownBibliographyWriter(),
        new JsonBibliographyWriter(),
    ];

    /// <summary>The names of all formats.</summary>
    public static IEnumerable<string> Formats => Writers.Select(w => w.Format);

    /// <summary>The writer for a format name (<c>md</c> is accepted for markdown), or null.</summary>
    public static IBibliographyWriter? Find(string format)
    {
        var name = format.Equals("md", StringComparison.OrdinalIgnoreCase) ? "markdown" : format;
        return Writers.FirstOrDefault(w => w.Format.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
