using System.Text.Json;

namespace Formatter.Conformance;

/// <summary>One <c>expected/STYLE.json</c>: each record alone, and the whole corpus as one list.</summary>
public sealed record ReferenceFile(IReadOnlyDictionary<string, ReferenceItem> Items, IReadOnlyList<string> ListOrder, IReadOnlyList<string> ListText)
{
    /// <summary>Reads a reference file.</summary>
    public static ReferenceFile Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var items = new Dictionary<string, ReferenceItem>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.GetProperty("items").EnumerateObject())
        {
            items[item.Name] = new ReferenceItem(
                item.Value.GetProperty("text").GetString() ?? "",
                item.Value.GetProperty("html").GetString() ?? "",
                item.Value.TryGetProperty("cite", out var cite) ? cite.GetString() ?? "" : "");
        }
        var list = json.RootElement.GetProperty("list");
        return new ReferenceFile(
            items,
            list.GetProperty("order").EnumerateArray().Select(e => e.GetString() ?? "").ToList(),
            list.GetProperty("text").EnumerateArray().Select(e => e.GetString() ?? "").ToList());
    }
}
