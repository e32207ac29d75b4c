namespace Formatter.Core.Readers.Seed;

/// <summary>One value line of a labelled row, with its 1-based line number.</summary>
internal readonly record struct SeedLine(string Text, int Number);
