using Formatter.Core.Text.Names;
using Formatter.Records;
using Scriban.Runtime;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Names for templates: <c>names 'author' 'list'</c> formats a name variable with a preset of the style manifest;
/// <c>name_count 'editor'</c> counts; <c>names_present ['editor', 'translator']</c> keeps the roles the record has;
/// <c>first_initials 'author'</c> gives the first person's initials (<c>A. B.</c>; empty for an organisation).
/// Presets are read once per locale.
/// </summary>
internal sealed class NameKit(RenderState state)
{
    private readonly Dictionary<(string Preset, string Locale), NameListOptions> _presets = [];

    public string Names(string role, string preset = "default")
    {
        var names = state.Record.NameList(role);
        if (names.Count == 0) return "";
        if (!state.SmartQuotes) return Text.Markup.Sanitize(NameFormatter.Format(names, Options(preset)));
        // Most names have no quotation mark or marker in any part: converting them part by part would change nothing.
        for (var i = 0; i < names.Count; i++)
            if (NeedsTypography(names[i])) return NameFormatter.Format(names.Select(Typographic).ToList(), Options(preset));
        return NameFormatter.Format(names, Options(preset));
    }

    private static readonly System.Buffers.SearchValues<char> QuoteOrMarker = System.Buffers.SearchValues.Create("\"'\u201C\uE000\uE001\uE002");

    private static bool NeedsTypography(Name name) =>
        HasQuoteOrMarker(name.Family) || HasQuoteOrMarker(name.Given) || HasQuoteOrMarker(name.Literal) || HasQuoteOrMarker(name.Suffix)
        || HasQuoteOrMarker(name.DroppingParticle) || HasQuoteOrMarker(name.NonDroppingParticle);

    private static bool HasQuoteOrMarker(string? part) => part is not null && part.AsSpan().ContainsAny(QuoteOrMarker);

    /// <summary>A name whose parts have typographic quotes (converted part by part, so list punctuation stays outside them).</summary>
    private static Name Typographic(Name name) => name with
    {
        Family = Convert(name.Family), Given = Convert(name.Given), Literal = Convert(name.Literal), Suffix = Convert(name.Suffix),
        DroppingParticle = Convert(name.DroppingParticle), NonDroppingParticle = Convert(name.NonDroppingParticle),
    };

    private static string? Convert(string? part) => part is null ? null : Text.SmartQuotes.Convert(Text.Markup.Sanitize(part));

    public int NameCount(string role) => state.Record.NameList(role).Count;

    public string FirstInitials(string role) =>
        state.Record.NameList(role) is { Count: > 0 } names && !names[0].IsLiteral ? Initials.From(names[0].Given) : "";

    /// <summary>
    /// The roles of <paramref name="roles"/> that the record has names for, in the given order: a template loops over
    /// these instead of formatting every role it might print.
    /// </summary>
    public ScriptArray NamesPresent(System.Collections.IEnumerable? roles)
    {
        var present = new ScriptArray();
        if (roles is null or string) return present;
        if (roles is System.Collections.IList list)
        {
            // A template's array, read by index: no enumerator to allocate.
            for (var i = 0; i < list.Count; i++)
                if (list[i] is string name && state.Record.NameList(name).Count > 0) present.Add(name);
            return present;
        }
        foreach (var role in roles)
            if (role is string name && state.Record.NameList(name).Count > 0) present.Add(name);
        return present;
    }

    private NameListOptions Options(string preset)
    {
        var key = (preset, state.Locale.Tag);
        if (_presets.TryGetValue(key, out var options)) return options;
        if (!state.Style.NamePresets.TryGetValue(preset, out var values))
        {
            if (preset != "default") throw new InvalidOperationException($"style '{state.Style.Id}' has no name preset '{preset}'");
            values = new Dictionary<string, string>();
        }
        options = NamePresetReader.Read(preset, values, state.Locale, state.Options);
        _presets[key] = options;
        return options;
    }
}
