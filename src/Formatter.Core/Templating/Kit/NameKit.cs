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
        var text = Text.Markup.Sanitize(NameFormatter.Format(names, Options(preset)));
        return state.SmartQuotes ? Text.SmartQuotes.Convert(text) : text;
    }

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
        options = NamePresetReader.Read(preset, values, state.Locale);
        _presets[key] = options;
        return options;
    }
}
