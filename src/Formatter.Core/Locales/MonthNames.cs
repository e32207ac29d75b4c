namespace Formatter.Core.Locales;

/// <summary>Month names (nominative, genitive, short) and season names of one language.</summary>
internal sealed class MonthNames
{
    private readonly string[] _long;
    private readonly string[] _genitive;
    private readonly string[] _short;
    private readonly string[] _seasons;

    public MonthNames(string[] @long, string[]? genitive, string[]? @short, string[] seasons)
    {
        if (@long.Length != 12) throw new ArgumentException("Twelve month names are required.", nameof(@long));
        if (genitive is { Length: not 12 }) throw new ArgumentException("Twelve genitive month names are required.", nameof(genitive));
        if (@short is { Length: not 12 }) throw new ArgumentException("Twelve short month names are required.", nameof(@short));
        if (seasons.Length != 4) throw new ArgumentException("Four season names are required.", nameof(seasons));
        _long = @long;
        _genitive = genitive ?? @long;
        _short = @short ?? @long;
        _seasons = seasons;
    }

    public string[] Long => _long;

    public string[] Genitive => _genitive;

    public string[] Short => _short;

    public string[] Seasons => _seasons;

    public string Month(int month, MonthForm form)
    {
        if (month is < 1 or > 12) return "";
        var names = form switch { MonthForm.Genitive => _genitive, MonthForm.Short => _short, _ => _long };
        return names[month - 1];
    }

    public string Season(int season) => season is >= 1 and <= 4 ? _seasons[season - 1] : "";
}
