namespace Formatter.Core.Readers.BibTex;

/// <summary>A parsed <c>@type{key, fields}</c> entry: lower-cased type, key as written, fields in input order.</summary>
internal sealed record BibTexEntry(string Type, string Key, IReadOnlyList<BibTexField> Fields, int Offset)
{
    /// <summary>The raw value of a field, or null.</summary>
    public string? Raw(string name) => Fields.FirstOrDefault(f => f.Name == name)?.Value;
}
