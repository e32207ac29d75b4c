namespace Formatter.Core.Readers.BibTex;

/// <summary>One <c>name = value</c> pair of an entry: the lower-cased name, the raw LaTeX value after macro expansion and concatenation, and where it starts.</summary>
internal sealed record BibTexField(string Name, string Value, int Offset);
