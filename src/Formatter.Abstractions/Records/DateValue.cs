namespace Formatter.Records;

/// <summary>A CSL date variable: a single date, a range of two, or a literal the source could not split.</summary>
public sealed record DateValue
{
    /// <summary>The start of the date (or the date itself).</summary>
    public DatePart? Start { get; init; }

    /// <summary>The end of a range, when the date is a range.</summary>
    public DatePart? End { get; init; }

    /// <summary>Season 1–4 (spring … winter) when the source gives one.</summary>
    public int? Season { get; init; }

    /// <summary>True for an approximate date ("ca. 1977").</summary>
    public bool Circa { get; init; }

    /// <summary>Text of a date that could not be parsed, e.g. <c>[192-?]</c>.</summary>
    public string? Literal { get; init; }

    /// <summary>The year of the start, when known.</summary>
    public int? Year => Start?.Year;

    /// <summary>True when the value carries no date information at all.</summary>
    public bool IsEmpty => Start is null && string.IsNullOrEmpty(Literal);
}
