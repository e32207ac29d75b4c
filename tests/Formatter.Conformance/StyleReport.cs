namespace Formatter.Conformance;

/// <summary>The figures of one style over the corpus.</summary>
public sealed class StyleReport(string style, int total)
{
    public string Style { get; } = style;
    public int Total { get; } = total;
    public int Exact { get; set; }
    public int Agree { get; set; }
    public Dictionary<string, int> ExplainedBy { get; } = new(StringComparer.Ordinal);
    public int Explained => ExplainedBy.Values.Sum();
    public int Unexplained => Total - Agree - Explained;
    public int HtmlAgree { get; set; }
    public int HtmlExplained { get; set; }
    public int CiteExact { get; set; }
    public int CiteAgree { get; set; }
    public int Failed { get; set; }
    public bool? ListOrderIdentical { get; set; }
    public int ListOrderDifferences { get; set; }
    public int EntriesInReferenceOrder { get; set; }
    public List<(string Id, string Type, string Ours, string Theirs)> UnexplainedItems { get; } = [];
    public List<(string Rule, string Id, string Type, string Ours, string Theirs)> ExplainedItems { get; } = [];
    public List<(string? Rule, string Id, string Ours, string Theirs)> CiteDifferences { get; } = [];

    /// <summary>How many differing citations each citation divergence rule explains (they still count as differing).</summary>
    public Dictionary<string, int> CiteExplainedBy { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the style has citation divergence rules (only then are citation differences classified).</summary>
    public bool HasCitationRules { get; set; }

    /// <summary>Entries that agree with the reference case-insensitively but not exactly (a letter's case differs).</summary>
    public List<(string? Rule, string Id, string Type, string Ours, string Theirs)> CaseOnlyItems { get; } = [];

    /// <summary>How many case-only entries each letter-case divergence rule explains (they still count as agreeing).</summary>
    public Dictionary<string, int> CaseExplainedBy { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Entries outside the longest run in reference order: the collation rule that moves the entry (if any), id, our
    /// position, the reference's position, our text.
    /// </summary>
    public List<(string? Rule, string Id, int Ours, int Theirs, string Text)> Misplaced { get; } = [];

    /// <summary>
    /// Entries out of place that no collation rule explains: with the entries the rules move set aside, those outside the
    /// longest run of the rest in reference order.
    /// </summary>
    public int MisplacedUnexplained { get; set; }

    /// <summary>True when the style has letter-case divergence rules (only then are case-only entries classified).</summary>
    public bool HasLetterCaseRules { get; set; }

    /// <summary>True when the style has documented collation rules with predicates.</summary>
    public bool HasOrderRules { get; set; }

    /// <summary>Citations that agree with the reference case-insensitively but not exactly.</summary>
    public List<(string Id, string Ours, string Theirs)> CiteCaseOnly { get; } = [];
    public List<(string Position, string Ours, string Theirs)> OrderDifferences { get; } = [];
}
