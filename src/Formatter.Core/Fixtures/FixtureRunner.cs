using Formatter.Core.Api;
using Formatter.Core.Writers;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Fixtures;

/// <summary>Runs fixtures against a formatter: the same runner serves our styles' tests and style authors' folders.</summary>
public sealed class FixtureRunner(CitationFormatter formatter)
{
    /// <summary>Reads every <c>*.fixture</c> file below <paramref name="folder"/> (sorted by path).</summary>
    public static IReadOnlyList<string> FindFixtures(string folder) =>
        Directory.EnumerateFiles(folder, "*.fixture", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <summary>Parses and runs one fixture file.</summary>
    public FixtureResult Run(string file)
    {
        StyleFixture fixture;
        try
        {
            fixture = StyleFixtureParser.Parse(file, File.ReadAllText(file));
        }
        catch (FormatException e)
        {
            var empty = new StyleFixture { File = file, Style = "?", InputName = "", Input = "", Expected = new Dictionary<string, string>() };
            return new FixtureResult(empty, [e.Message]);
        }
        return Run(fixture);
    }

    /// <summary>Runs one parsed fixture.</summary>
    public FixtureResult Run(StyleFixture fixture)
    {
        var failures = new List<string>();
        if (formatter.FindStyle(fixture.Style) is null) return new FixtureResult(fixture, [$"unknown style '{fixture.Style}'"]);
        var read = formatter.Readers.Read(fixture.InputName, fixture.Input);
        // What the reader reports is placed in the fixture file, at the line of the input where it is.
        var readDiagnostics = read.Diagnostics.Select(d => InFixture(d, fixture)).ToList();
        failures.AddRange(readDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && fixture.ExpectedWarnings.Count == 0).Select(d => "input: " + d));
        var bibliography = formatter.Format(read.Records, fixture.Style, fixture.Options);
        var diagnostics = readDiagnostics.Concat(bibliography.Diagnostics).Select(d => d.ToString()).ToList();
        foreach (var (format, expected) in fixture.Expected)
        {
            var actual = format == "citation"
                ? string.Join("\n", bibliography.Entries.Select(e => e.Citation is null ? "" : PlainTextRenderer.Instance.Render(e.Citation)))
                : CitationFormatter.Write(bibliography, format).TrimEnd('\n');
            if (format == "html") actual = ExtractEntries(actual);
            if (actual != expected) failures.Add($"{format}:\n  expected: {expected}\n  actual:   {actual}");
        }
        foreach (var warning in fixture.ExpectedWarnings)
        {
            if (!diagnostics.Any(d => d.Contains(warning, StringComparison.Ordinal)))
                failures.Add($"warning containing '{warning}' not raised; got: {string.Join(" | ", diagnostics)}");
        }
        if (fixture.ExpectedWarnings.Count == 0)
            failures.AddRange(bibliography.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => "unexpected " + d));
        return new FixtureResult(fixture, failures);
    }

    private static Diagnostic InFixture(Diagnostic diagnostic, StyleFixture fixture) =>
        diagnostic.Location is { } at && at.File == fixture.InputName && fixture.InputLine > 0
            ? diagnostic with { Location = new SourceLocation(fixture.File, at.Line <= 0 ? fixture.InputLine : at.Line + fixture.InputLine - 1, at.Column) }
            : diagnostic;

    /// <summary>The HTML of the entries alone (the <c>csl-entry</c> divs' content, one per line), for readable fixtures.</summary>
    private static string ExtractEntries(string html)
    {
        const string open = "<div class=\"csl-entry\">";
        return string.Join("\n", html.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith(open, StringComparison.Ordinal))
            .Select(l => l[open.Length..^"</div>".Length]));
    }
}
