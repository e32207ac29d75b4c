using Formatter.Records;

namespace Formatter.Core.Readers.Seed;

/// <summary>A name from an author row with the CSL variables of its roles (none written: empty).</summary>
internal sealed record SeedAuthor(Name Name, IReadOnlyList<string> Roles);
