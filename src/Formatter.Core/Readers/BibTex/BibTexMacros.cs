namespace Formatter.Core.Readers.BibTex;

/// <summary>The <c>@string</c> macros of one file, starting with BibTeX's predefined month macros (<c>jan</c> … <c>dec</c>).</summary>
internal sealed class BibTexMacros
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public BibTexMacros()
    {
        foreach (var month in Months) _values[month[..3]] = month;
    }

    /// <summary>Defines or redefines a macro (names are case-insensitive, as in BibTeX).</summary>
    public void Define(string name, string value) => _values[name] = value;

    /// <summary>The value of a macro, or null when undefined.</summary>
    public string? Find(string name) => _values.GetValueOrDefault(name);
}
