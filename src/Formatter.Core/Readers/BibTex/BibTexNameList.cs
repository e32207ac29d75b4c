using Formatter.Records;

namespace Formatter.Core.Readers.BibTex;

/// <summary>The names of one name field, and whether the list ended with <c>and others</c> (an "et al." the source gave).</summary>
internal sealed record BibTexNameList(IReadOnlyList<Name> Names, bool AndOthers);
