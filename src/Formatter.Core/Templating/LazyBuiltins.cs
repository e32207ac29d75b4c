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
        ["blank"] = () => EmptyScriptObject.Default,
        ["date"] = () => new DateTimeFunctions(),
        ["empty"] = () => EmptyScriptObject.Default,
        ["include"] = () => new IncludeFunction(),
        ["include_join"] = () => new IncludeJoinFunction(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    // The modules whose functions are imported one at a time: the type of their functions, and for a module whose
    // constructor binds members to other methods, how to make it whole and which members those are.
    private static readonly Dictionary<string, (Type Functions, Func<ScriptObject>? Whole, string[] SetByConstructor)> Lazy = new(StringComparer.Ordinal)
    {
        ["array"] = (typeof(ArrayFunctions), null, []),
        ["html"] = (typeof(HtmlFunctions), null, []),
        ["math"] = (typeof(MathFunctions), null, []),
        ["object"] = (typeof(ObjectFunctions), null, []),
        ["regex"] = (typeof(RegexFunctions), () => new RegexFunctions(), ["escape"]),
        ["string"] = (typeof(StringFunctions), () => new StringFunctions(), ["escape"]),
    };

    /// <summary>The modules whose functions are imported one at a time (<see cref="LazyModule"/>).</summary>
    public static IReadOnlyCollection<string> LazyModuleNames => Lazy.Keys;

    /// <summary>True when <paramref name="module"/> names one of the modules imported one function at a time.</summary>
    public static bool IsLazyModule(string module) => Lazy.ContainsKey(module);

    /// <summary>Makes the function <paramref name="module"/>.<paramref name="member"/> now, for any context that asks later.</summary>
    public static void MakeAhead(string module, string member)
    {
        if (Lazy.TryGetValue(module, out var lazy) && !lazy.SetByConstructor.Contains(member)) LazyModule.MakeAhead(lazy.Functions, member);
    }

    /// <summary>The names of the modules, made or not (<c>GetMembers</c> lists only those made so far).</summary>
    public static IReadOnlyCollection<string> Names { get; } = [.. Modules.Keys, .. Lazy.Keys];

    protected override bool CanMake(string member) => Modules.ContainsKey(member) || Lazy.ContainsKey(member);

    protected override bool TryMake(string member, [NotNullWhen(true)] out object? made)
    {
        if (Lazy.TryGetValue(member, out var lazy)) made = new LazyModule(lazy.Functions, lazy.Whole, lazy.SetByConstructor);
        else made = Modules.TryGetValue(member, out var make) ? make() : null;
        return made is not null;
    }
}
