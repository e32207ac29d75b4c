namespace Formatter.Cli.Commands;

/// <summary>
/// <c>formatter styles</c>: one line per style — id, title, edition, plugin — and the aliases; with <c>--options</c>,
/// under each style the options it reads and their defaults (what <c>--option NAME=VALUE</c> can set).
/// </summary>
public static class StylesCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(CliContext context)
    {
        context.Arguments.AllowOnly("--plugins", "--options");
        var withOptions = context.Arguments.Has("--options");
        var styles = context.Formatter.Styles;
        if (styles.Count == 0)
        {
            context.Errors.WriteLine("no styles loaded: is the plugins folder next to the app? (see --plugins)");
            return ExitCodes.PartialFailure;
        }
        var idWidth = styles.Max(s => s.Id.Length);
        var titleWidth = styles.Max(s => s.Title.Length);
        var editionWidth = styles.Max(s => (s.Edition ?? "").Length);
        context.Output.WriteLine($"{"id".PadRight(idWidth)}  {"title".PadRight(titleWidth)}  {"edition".PadRight(editionWidth)}  plugin");
        foreach (var style in styles.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var aliases = style.Aliases.Count == 0 ? "" : $"  (alias: {string.Join(", ", style.Aliases)})";
            context.Output.WriteLine($"{style.Id.PadRight(idWidth)}  {style.Title.PadRight(titleWidth)}  {(style.Edition ?? "").PadRight(editionWidth)}  {style.Plugin}{aliases}");
            if (!withOptions) continue;
            foreach (var (name, value) in style.Options)
                context.Output.WriteLine(value is null ? $"    --option {name}  (no default)" : $"    --option {name}={(value.Contains(' ') ? $"\"{value}\"" : value)}");
        }
        return context.Formatter.LoadDiagnostics.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Error) ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
