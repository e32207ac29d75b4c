using Formatter.Records;

namespace Formatter.Styles.Gost;

/// <summary>Date facts the templates cannot see: whether the year is an estimate (guide §8: <c>[2010?]</c>).</summary>
public static class GostDates
{
    /// <summary>True when the record's <c>issued</c> date is marked approximate and has a year.</summary>
    public static bool IsEstimated(Record record) =>
        record.Dates.TryGetValue("issued", out var date) && date.Circa && date.Year is not null;
}
