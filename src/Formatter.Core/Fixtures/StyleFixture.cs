namespace Formatter.Core.Fixtures;

/// <summary>
/// One readable test case of a style: header lines (<c>style:</c>, <c>options:</c>, <c>description:</c>), an input
/// section and the expected output per format. See <see cref="StyleFixtureParser"/> for the file layout.
/// </summary>
public sealed record StyleFixture
{
    /// <summary>The fixture file.</summary>
    public required string File { get; init; }

    /// <summary>What the case shows (the rule it tests).</summary>
    public string Description { get; init; } = "";

    /// <summary>The style id.</summary>
    public required string Style { get; init; }

    /// <summary>Style option overrides.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>The input's file name as the reader should see it (its extension chooses the reader).</summary>
    public required string InputName { get; init; }

    /// <summary>The input text.</summary>
    public required string Input { get; init; }

    /// <summary>The line of the fixture file where the input's first line is (1-based; 0 when unknown).</summary>
    public int InputLine { get; init; }

    /// <summary>Expected output by format (<c>text</c>, <c>html</c>, <c>markdown</c>, <c>json</c>, <c>citation</c>).</summary>
    public required IReadOnlyDictionary<string, string> Expected { get; init; }

    /// <summary>Texts that must each appear in a warning or error (section <c>warnings</c>, one per line).</summary>
    public IReadOnlyList<string> ExpectedWarnings { get; init; } = [];
}
