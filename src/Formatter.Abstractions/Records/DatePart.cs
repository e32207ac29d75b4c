namespace Formatter.Records;

/// <summary>One calendar point of a date: a year, optionally with month and day. Negative years are BCE.</summary>
public readonly record struct DatePart(int Year, int? Month = null, int? Day = null);
