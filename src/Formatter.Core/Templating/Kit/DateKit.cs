using Formatter.Core.Text.Dates;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Dates for templates: <c>year 'issued'</c> and <c>date_text 'issued' FORM</c> with FORM one of <c>year</c>,
/// <c>apa</c> (2019, April 12), <c>long</c> (April 12, 2019), <c>year-month</c> (April 2019, the day left out),
/// <c>month-day</c> (April 12), <c>month</c> (April), <c>day-month</c> (12 апреля), <c>day-month-year</c>,
/// <c>numeric</c> (01.03.2024). Month names come from the record's term locale.
/// </summary>
internal sealed class DateKit(RenderState state)
{
    public string Year(string variable = "issued") => Typographic(DateFormatter.Year(state.Record.Date(variable), state.Locale));

    public string DateText(string variable, string form = "long") => Typographic(Format(variable, form));

    /// <summary>A literal date is data: with the option smart-quotes its quotation marks and apostrophes become typographic.</summary>
    private string Typographic(string text) => state.SmartQuotes ? Text.SmartQuotes.Convert(text) : text;

    private string Format(string variable, string form)
    {
        var date = state.Record.Date(variable);
        return form switch
        {
            "year" => DateFormatter.Year(date, state.Locale),
            "apa" => DateFormatter.YearMonthDay(date, state.Locale),
            "long" => DateFormatter.Long(date, state.Locale),
            "year-month" => DateFormatter.Long(WithoutDay(date), state.Locale),
            "month-day" => DateFormatter.MonthDay(date, state.Locale),
            "month" => DateFormatter.MonthDay(WithoutDay(date), state.Locale),
            "day-month" => DateFormatter.DayMonth(date, state.Locale),
            "day-month-year" => DateFormatter.DayMonthYear(date, state.Locale),
            "numeric" => DateFormatter.Numeric(date),
            _ => throw new InvalidOperationException($"unknown date form '{form}' (year, apa, long, year-month, month-day, month, day-month, day-month-year, numeric)"),
        };
    }

    private static Records.DateValue? WithoutDay(Records.DateValue? date) => date is null ? null : date with
    {
        Start = date.Start is { } start ? start with { Day = null } : null,
        End = date.End is { } end ? end with { Day = null } : null,
    };
}
