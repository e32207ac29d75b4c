namespace Formatter.Core.Readers.Ris;

/// <summary>One tag line of a RIS record (continuation lines already joined) and the 1-based line it starts on.</summary>
internal sealed record RisTag(string Tag, string Value, int Line);
