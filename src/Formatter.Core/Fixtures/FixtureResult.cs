namespace Formatter.Core.Fixtures;

/// <summary>The outcome of one fixture: passed, or the differences found (expected vs actual per format).</summary>
public sealed record FixtureResult(StyleFixture Fixture, IReadOnlyList<string> Failures)
{
    /// <summary>True when every expected output matched.</summary>
    public bool Passed => Failures.Count == 0;
}
