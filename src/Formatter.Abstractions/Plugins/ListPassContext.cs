using Formatter.Diagnostics;

namespace Formatter.Plugins;

/// <summary>What a list pass sees: the entries in their current order, the style and its options.</summary>
public sealed class ListPassContext
{
    /// <summary>Creates a context.</summary>
    public ListPassContext(string styleId, List<ListEntry> entries, IReadOnlyDictionary<string, string> options, ICollection<Diagnostic> diagnostics)
    {
        StyleId = styleId;
        Entries = entries;
        Options = options;
        Diagnostics = diagnostics;
    }

    /// <summary>The style being applied.</summary>
    public string StyleId { get; }

    /// <summary>The entries; a pass may reorder them.</summary>
    public List<ListEntry> Entries { get; }

    /// <summary>The style's options after user overrides.</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>
    /// Where a pass reports problems. Only for adding to: the host may already have handed on what earlier steps
    /// reported (see <c>CitationFormatter.Format</c> with a report).
    /// </summary>
    public ICollection<Diagnostic> Diagnostics { get; }
}
