using Formatter.Core.Authoring;
using Formatter.Diagnostics;

namespace Formatter.Cli.Commands;

/// <summary>
/// <c>formatter check-style &lt;dir&gt;...</c>: validates each style folder (manifest and templates) without formatting,
/// printing every problem as <c>file:line:column: severity: message</c>. A style of a compiled plugin is checked
/// against that plugin's functions and passes. Exit 1 when any error was found.
/// </summary>
public static class CheckStyleCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(CliContext context)
    {
        context.Arguments.AllowOnly("--plugins", "--quiet", "-q");
        if (context.Arguments.Positional.Count == 0) throw new UsageException("check-style needs a style folder");
        var quiet = context.Arguments.Has("--quiet", "-q");
        var errors = 0;
        foreach (var argument in context.Arguments.Positional)
        {
            var folders = AuthoringFormatter.ManifestFolders(argument);
            if (folders.Count == 0)
            {
                context.Errors.WriteLine($"{argument}: error: no style.json in the folder or below it");
                errors++;
                continue;
            }
            foreach (var folder in folders)
            {
                var result = StyleChecker.Check(folder);
                var extensions = result.StyleIds.Select(id => context.Formatter.ExtensionsFor(id)).FirstOrDefault(e => e is { Functions.Count: > 0 } or { Passes.Count: > 0 });
                if (extensions is not null) result = StyleChecker.Check(folder, extensions);
                foreach (var diagnostic in result.Diagnostics.Where(d => !quiet || d.Severity == DiagnosticSeverity.Error))
                    context.Output.WriteLine(diagnostic);
                var errorCount = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                var warningCount = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
                var plugin = extensions?.PluginName is { } name ? $" (with the functions of plugin '{name}')" : "";
                context.Output.WriteLine($"{folder}: {string.Join(", ", result.StyleIds.DefaultIfEmpty("?"))}{plugin}: {errorCount} error(s), {warningCount} warning(s)");
                errors += errorCount;
            }
        }
        return errors > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
