using Formatter.Records;

namespace Formatter.Conformance.Divergences;

/// <summary>
/// A deliberate difference from the CSL reference, documented in <c>tests/KNOWN-DIVERGENCES.md</c> under the same id.
/// The predicate selects the records the rule covers by type and fields — never by id or title.
/// </summary>
/// <param name="Id">The heading id in KNOWN-DIVERGENCES.md (e.g. <c>apa-proceedings-as-chapter</c>).</param>
/// <param name="Styles">The style ids it applies to.</param>
/// <param name="Covers">Selects the records whose difference the rule explains.</param>
/// <param name="Scope">Whether it explains text differences, letter-case differences, or both.</param>
public sealed record DivergenceRule(string Id, IReadOnlyList<string> Styles, Func<Record, bool> Covers, DivergenceScope Scope = DivergenceScope.Text)
{
    /// <summary>True when the rule explains differences of the given kind.</summary>
    public bool Explains(DivergenceScope kind) => (Scope & kind) != 0;
}
