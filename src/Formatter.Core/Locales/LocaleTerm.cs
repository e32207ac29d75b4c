namespace Formatter.Core.Locales;

/// <summary>
/// A locale term with up to five forms (see <see cref="TermForm"/>), each in singular and plural.
/// A missing form falls back like CSL: verb-short → verb → long, symbol → short → long, short → long.
/// </summary>
internal sealed class LocaleTerm
{
    private const int FormCount = 5;
    private readonly TermText?[] _forms;

    private LocaleTerm(TermText?[] forms) => _forms = forms;

    /// <summary>Creates a term from its long form and, optionally, other forms.</summary>
    public static LocaleTerm Create(
        TermText? @long, TermText? @short = null, TermText? symbol = null, TermText? verb = null, TermText? verbShort = null) =>
        new([@long, @short, symbol, verb, verbShort]);

    /// <summary>A term with one text for every form and number (e.g. <c>&amp;</c>).</summary>
    public static LocaleTerm Of(string text) => Create(TermText.Same(text));

    /// <summary>The text of <paramref name="form"/> exactly as defined, without fallback.</summary>
    public TermText? Exact(TermForm form) => _forms[(int)form];

    /// <summary>The text for a form and number, falling back to related forms; null when none is defined.</summary>
    public string? Get(TermForm form = TermForm.Long, bool plural = false)
    {
        TermForm? current = form;
        while (current is { } f)
        {
            if (_forms[(int)f] is { } text) return text.Get(plural);
            current = TermForms.FallbackOf(f);
        }
        return null;
    }

    /// <summary>This term's forms laid over <paramref name="baseTerm"/>: forms this term defines win, the rest come from the base.</summary>
    public LocaleTerm Over(LocaleTerm baseTerm)
    {
        var merged = new TermText?[FormCount];
        for (var i = 0; i < FormCount; i++) merged[i] = _forms[i] ?? baseTerm._forms[i];
        return new LocaleTerm(merged);
    }
}
