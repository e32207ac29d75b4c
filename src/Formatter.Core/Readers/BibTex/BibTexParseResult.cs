namespace Formatter.Core.Readers.BibTex;

/// <summary>The entries of a BibTeX file (macros expanded, <c>@string</c>, <c>@preamble</c> and <c>@comment</c> consumed) and the problems found.</summary>
internal sealed record BibTexParseResult(IReadOnlyList<BibTexEntry> Entries, IReadOnlyList<BibTexProblem> Problems);
