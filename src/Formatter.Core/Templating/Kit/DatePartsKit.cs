using Formatter.Core.Locales;
using Scriban.Runtime;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// The parts of a date for styles whose date layout the fixed <c>date_text</c> forms do not cover:
/// <c>date_parts 'issued'</c> gives <c>[year, month, day]</c> of the start date (each null when absent; an empty array for
/// no date or a literal one, whose text <c>r.issued</c> gives), and <c>month_name 3 'short'</c> the locale's month name
/// (<c>long</c>, <c>short</c>: <c>Mar.</c>, <c>genitive</c>).
/// </summary>
internal sealed class DatePartsKit(RenderState state)
{
    public ScriptArray DateParts(string variable)
    {
        var start = state.Record.Date(variable)?.Start;
        if (start is not { } part) return [];
        var month = part.Month is >= 1 and <= 12 ? part.Month : null;
        var day = month is not null && part.Day is >= 1 and <= 31 ? part.Day : null;
        return [part.Year, month, day];
    }

    public string MonthName(int? month, string form = "long")
    {
        if (month is not (>= 1 and <= 12)) return "";
        var monthForm = form switch
        {
            "long" => MonthForm.Long,
            "short" => MonthForm.Short,
            "genitive" => MonthForm.Genitive,
            _ => throw new InvalidOperationException($"unknown month form '{form}' (long, short, genitive)"),
        };
        return state.Locale.Month(month.Value, monthForm);
    }
}
