using System.Reflection;
using Formatter.Core.Readers;

namespace Formatter.Cli.Commands;

/// <summary>
/// <c>formatter</c> with no arguments: formats every document in <c>./seeds</c> — or, when there is none, the seed
/// built into the app — with the default style, then says how to choose another.
/// </summary>
public static class DefaultCommand
{
    private const string SeedResourcePrefix = "Formatter.Seeds.";

    /// <summary>Runs the command.</summary>
    public static int Run(CliContext context)
    {
        var folder = Path.Combine(Directory.GetCurrentDirectory(), "seeds");
        List<ReadResult> results;
        string source;
        if (Directory.Exists(folder) && InputCollector.Collect([folder]) is { Count: > 0 } files)
        {
            results = files.Select(f => context.Formatter.Readers.ReadFile(f)).ToList();
            source = "seeds/";
        }
        else
        {
            results = EmbeddedSeeds(context).ToList();
            source = "the seed built into formatter";
        }
        var exit = FormatCommand.FormatAndWrite(context, results);
        context.Errors.WriteLine();
        context.Errors.WriteLine($"Formatted {source} with '{FormatCommand.DefaultStyle}', the default style.");
        context.Errors.WriteLine("Choose another with --style, e.g.: formatter format seeds --style chicago-author-date");
        context.Errors.WriteLine("List the styles with: formatter styles");
        return exit;
    }

    private static IEnumerable<ReadResult> EmbeddedSeeds(CliContext context)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(SeedResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return context.Formatter.Readers.Read(name[SeedResourcePrefix.Length..], reader.ReadToEnd());
        }
    }
}
