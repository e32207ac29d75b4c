namespace Formatter.Cli;

/// <summary>A command line split into the command, its positional arguments and its options.</summary>
public sealed class ParsedArguments
{
    private static readonly HashSet<string> Flags = ["--help", "-h", "--version", "--quiet", "-q", "--compiled", "--options"];
    private static readonly HashSet<string> Repeatable = ["--option", "-o", "--plugins"];

    /// <summary>The command (first argument that is not an option), or null.</summary>
    public string? Command { get; private init; }

    /// <summary>Positional arguments after the command.</summary>
    public List<string> Positional { get; } = [];

    /// <summary>Options with their values (flags have an empty value); repeatable options keep every value.</summary>
    public Dictionary<string, List<string>> Options { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="args"/>; <c>--name=value</c> and <c>--name value</c> are both accepted.</summary>
    public static ParsedArguments Parse(IReadOnlyList<string> args)
    {
        string? command = null;
        var parsed = new List<string>();
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-') && arg.Length > 1)
            {
                var (name, value) = SplitOption(arg, args, ref i);
                if (!options.TryGetValue(name, out var values)) options[name] = values = [];
                if (values.Count > 0 && !Repeatable.Contains(name)) throw new UsageException($"option {name} is given twice");
                values.Add(value);
            }
            else if (command is null) command = arg;
            else parsed.Add(arg);
        }
        var result = new ParsedArguments { Command = command };
        result.Positional.AddRange(parsed);
        foreach (var (key, value) in options) result.Options[key] = value;
        return result;
    }

    /// <summary>The single value of an option, or null.</summary>
    public string? Value(params string[] names) =>
        names.Select(n => Options.GetValueOrDefault(n)).FirstOrDefault(v => v is not null)?[0];

    /// <summary>All values of a repeatable option.</summary>
    public IReadOnlyList<string> Values(params string[] names) =>
        names.SelectMany(n => Options.GetValueOrDefault(n) ?? []).ToList();

    /// <summary>True when a flag is present.</summary>
    public bool Has(params string[] names) => names.Any(Options.ContainsKey);

    /// <summary>Fails on any option not in <paramref name="allowed"/>.</summary>
    public void AllowOnly(params string[] allowed)
    {
        var unknown = Options.Keys.FirstOrDefault(k => !allowed.Contains(k));
        if (unknown is not null) throw new UsageException($"unknown option {unknown}");
    }

    private static (string Name, string Value) SplitOption(string arg, IReadOnlyList<string> args, ref int i)
    {
        var equals = arg.IndexOf('=');
        if (equals > 0) return (arg[..equals], arg[(equals + 1)..]);
        if (Flags.Contains(arg)) return (arg, "");
        if (i + 1 >= args.Count) throw new UsageException($"option {arg} needs a value");
        return (arg, args[++i]);
    }
}
