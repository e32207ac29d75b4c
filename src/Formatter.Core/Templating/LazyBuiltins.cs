using System.Diagnostics.CodeAnalysis;
using Scriban.Functions;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>
/// Scriban's built-in modules (<c>array</c>, <c>string</c>, <c>date</c> …), each made the first time a template of
/// the session names it. Scriban's own set is built whole, once per process, and copied into every context: a
/// one-record run paid for all of it, the <c>date</c> module's regular expressions and culture lookups included,
/// while a style uses two or three modules. Most modules also import their functions one at a time
/// (<see cref="LazyModule"/>). The names are Scriban's, and, as there, a template's own variable of the same name hides
/// a module.
/// </summary>
internal sealed class LazyBuiltins() : LazyScriptObject(capacity: 12)
{
    private static readonly Dictionary<string, Func<object>> Modules = new(StringComparer.Ordinal)
    {
        ["array"] = () => new LazyModule(typeof(ArrayFunctions)),
        ["blank"] = () => EmptyScriptObject.Default,
        ["date"] = () => new DateTimeFunctions(),
        ["empty"] = () => EmptyScriptObject.Default,
        ["html"] = () => new LazyModule(typeof(HtmlFunctions)),
        ["include"] = () => new IncludeFunction(),
        ["include_join"] = () => new IncludeJoinFunction(),
        ["math"] = () => new LazyModule(typeof(MathFunctions)),
        ["object"] = () => new LazyModule(typeof(ObjectFunctions)),
        ["regex"] = () => new LazyModule(typeof(RegexFunctions), () => new RegexFunctions(), "escape"),
        ["string"] = () => new LazyModule(typeof(StringFunctions), () => new StringFunctions(), "escape"),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    /// <summary>The modules whose functions are imported one at a time (<see cref="LazyModule"/>).</summary>
    public static IReadOnlyList<string> LazyModuleNames { get; } = ["array", "html", "math", "object", "regex", "string"];

    private static readonly Dictionary<string, Type> LazyModuleTypes = new(StringComparer.Ordinal)
    {
        ["array"] = typeof(ArrayFunctions),
        ["html"] = typeof(HtmlFunctions),
        ["math"] = typeof(MathFunctions),
        ["object"] = typeof(ObjectFunctions),
        ["regex"] = typeof(RegexFunctions),
        ["string"] = typeof(StringFunctions),
    };

    /// <summary>True when <paramref name="module"/> names one of the modules imported one function at a time.</summary>
    public static bool IsLazyModule(string module) => LazyModuleTypes.ContainsKey(module);

    /// <summary>Makes the function <paramref name="module"/>.<paramref name="member"/> now, for any context that asks later.</summary>
    public static void MakeAhead(string module, string member)
    {
        if (LazyModuleTypes.TryGetValue(module, out var functions)) LazyModule.MakeAhead(functions, member);
    }

    /// <summary>The names of the modules, made or not (<c>GetMembers</c> lists only those made so far).</summary>
    public static IReadOnlyCollection<string> Names => Modules.Keys;

    protected override bool CanMake(string member) => Modules.ContainsKey(member);

    protected override bool TryMake(string member, [NotNullWhen(true)] out object? made)
    {
        made = Modules.TryGetValue(member, out var make) ? make() : null;
        return made is not null;
    }
}
