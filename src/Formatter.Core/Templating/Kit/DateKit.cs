using Formatter.Core.Text.Dates;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Dates for templates: <c>year 'issued'</c> and <c>date_text 'issued' FORM</c> with FORM one of <c>year</c>,
/// <c>apa</c> (2019, April 12), <c>long</c> (April 12, 2019), <c>month-day</c>, <c>day-month</c> (12 апреля),
/// <c>day-month-year</c>, <c>numeric</c> (01.03.2024). Month names come from the record's term locale.
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
            "month-day" => DateFormatter.MonthDay(date, state.Locale),
            "day-month" => DateFormatter.DayMonth(date, state.Locale),
            "day-month-year" => DateFormatter.DayMonthYear(date, state.Locale),
            "numeric" => DateFormatter.Numeric(date),
            _ => throw new InvalidOperationException($"unknown date form '{form}' (year, apa, long, month-day, day-month, day-month-year, numeric)"),
        };
    }
}
