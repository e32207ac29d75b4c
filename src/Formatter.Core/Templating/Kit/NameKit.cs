using Formatter.Core.Text.Names;
using Formatter.Records;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Names for templates: <c>names 'author' 'list'</c> formats a name variable with a preset of the style manifest;
/// <c>name_count 'editor'</c> counts. Presets are read once per locale.
/// </summary>
internal sealed class NameKit(RenderState state)
{
    private readonly Dictionary<(string Preset, string Locale), NameListOptions> _presets = [];

    public string Names(string role, string preset = "default")
    {
        var names = state.Record.NameList(role);
        if (names.Count == 0) return "";
        if (!state.SmartQuotes) return Text.Markup.Sanitize(NameFormatter.Format(names, Options(preset)));
        return NameFormatter.Format(names.Select(Typographic).ToList(), Options(preset));
    }

    /// <summary>A name whose parts have typographic quotes (converted part by part, so list punctuation stays outside them).</summary>
    private static Name Typographic(Name name) => name with
    {
        Family = Convert(name.Family), Given = Convert(name.Given), Literal = Convert(name.Literal), Suffix = Convert(name.Suffix),
        DroppingParticle = Convert(name.DroppingParticle), NonDroppingParticle = Convert(name.NonDroppingParticle),
    };

    private static string? Convert(string? part) => part is null ? null : Text.SmartQuotes.Convert(Text.Markup.Sanitize(part));

    public int NameCount(string role) => state.Record.NameList(role).Count;

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
