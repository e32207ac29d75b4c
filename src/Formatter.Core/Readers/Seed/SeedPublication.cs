using Formatter.Records;

namespace Formatter.Core.Readers.Seed;

/// <summary>The parts of a <c>Published</c> row; each may be missing.</summary>
internal sealed record SeedPublication(string? Place, string? Publisher, DateValue? Date);
