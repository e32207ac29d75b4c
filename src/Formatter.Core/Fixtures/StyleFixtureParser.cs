namespace Formatter.Core.Fixtures;

/// <summary>
/// Reads a fixture file:
/// <code>
/// description: APA §8 J1 — journal article with a DOI
/// style: apa
/// options: order=latin-first, content-type=off
/// --- input.json
/// [{ "id": "J1", "type": "article-journal", ... }]
/// --- text
/// Harlow, M. K., &amp; Osei, D. (2019). …
/// --- html
/// …
/// </code>
/// Sections start with a line <c>--- NAME</c>: <c>input.EXT</c> (the extension picks the reader: json, txt, bib, ris),
/// <c>text</c>, <c>html</c>, <c>markdown</c>, <c>json</c>, <c>citation</c>, <c>warnings</c>. A section's text is its lines
/// without the final line break. Lines starting with <c>#</c> before the first section are comments.
/// </summary>
public static class StyleFixtureParser
{
    /// <summary>Parses one fixture file.</summary>
    /// <exception cref="FormatException">The file does not follow the layout; the message names file and line.</exception>
    public static StyleFixture Parse(string file, string content)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sections = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        var inputLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                var name = line[4..].Trim();
                if (sections.ContainsKey(name)) throw new FormatException($"{file}:{i + 1}: section '{name}' appears twice");
                if (!name.StartsWith("input.", StringComparison.OrdinalIgnoreCase) && !SectionNames.Contains(name))
                    throw new FormatException($"{file}:{i + 1}: unknown section '{name}' (input.EXT, {string.Join(", ", SectionNames)})");
                if (name.StartsWith("input.", StringComparison.OrdinalIgnoreCase))
                {
                    if (inputLine > 0) throw new FormatException($"{file}:{i + 1}: a second input section '{name}' (a fixture has one)");
                    inputLine = i + 2;
                }
                sections[name] = current = [];
            }
            else if (current is not null) current.Add(line);
            else if (line.Length == 0 || line.StartsWith('#')) continue;
            else
            {
                var colon = line.IndexOf(':');
                if (colon <= 0) throw new FormatException($"{file}:{i + 1}: expected 'name: value' or a '--- section' line");
                header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
        var input = sections.Keys.FirstOrDefault(k => k.StartsWith("input", StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"{file}: no '--- input.EXT' section");
        if (!header.TryGetValue("style", out var style)) throw new FormatException($"{file}: no 'style:' line");
        if (!sections.Keys.Any(k => k is "text" or "html" or "markdown" or "json" or "citation" or "warnings"))
            throw new FormatException($"{file}: nothing to compare: no '--- text', '--- html', '--- markdown', '--- json', '--- citation' or '--- warnings' section");
        string Text(string name) => string.Join("\n", TrimTrailingBlank(sections[name]));
        var expected = sections.Keys
            .Where(k => k is "text" or "html" or "markdown" or "json" or "citation")
            .ToDictionary(k => k, Text, StringComparer.OrdinalIgnoreCase);
        return new StyleFixture
        {
            File = file,
            Description = header.GetValueOrDefault("description") ?? "",
            Style = style,
            Options = ParseOptions(header.GetValueOrDefault("options")),
            InputName = Path.GetFileNameWithoutExtension(file) + Path.GetExtension(input),
            Input = Text(input),
            InputLine = inputLine,
            Expected = expected,
            ExpectedWarnings = sections.TryGetValue("warnings", out var warnings) ? TrimTrailingBlank(warnings).Where(w => w.Length > 0).ToList() : [],
        };
    }

    /// <summary>The sections a fixture may have besides its <c>--- input.EXT</c>.</summary>
    private static readonly string[] SectionNames = ["text", "html", "markdown", "json", "citation", "warnings"];

    private static Dictionary<string, string> ParseOptions(string? value)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(value)) return options;
        foreach (var pair in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0) options[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
        return options;
    }

    private static List<string> TrimTrailingBlank(List<string> lines)
    {
        var end = lines.Count;
        while (end > 0 && lines[end - 1].Length == 0) end--;
        return lines.GetRange(0, end);
    }
}
