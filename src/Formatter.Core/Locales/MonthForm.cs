namespace Formatter.Core.Locales;

/// <summary>How a month name is written.</summary>
internal enum MonthForm
{
    /// <summary>Nominative full name: <c>April</c>, <c>апрель</c>.</summary>
    Long,

    /// <summary>Full name in the case used after a day number: <c>апреля</c> (same as long in English).</summary>
    Genitive,

    /// <summary>Abbreviated name: <c>Apr.</c>, <c>апр.</c>.</summary>
    Short,
}
