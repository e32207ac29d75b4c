using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>
/// One of Scriban's built-in modules (<c>array</c>, <c>string</c> …) whose functions are imported one at a time, the
/// first time a template names them. Scriban's own module imports all of its functions (up to 60) when it is made,
/// each a reflection pass over the method's parameters and attributes: in CPU samples of one-record runs that was
/// about a third of the time spent formatting, for the three or four functions a style calls. Each function is
/// imported by Scriban's own import, filtered to the one member, so it is the function Scriban would give (tests
/// compare every member of every module so made with Scriban's), once per process for all contexts; a style's
/// functions can be made ahead (<see cref="MakeAhead"/>). A member that the module's constructor binds to
/// another method (<c>string.escape</c> and <c>regex.escape</c> call <c>EscapeWithLimit</c>, not <c>Escape</c>) is
/// taken from the whole module, made when it is first asked for.
/// </summary>
internal sealed class LazyModule(Type functions, Func<ScriptObject>? whole = null, params string[] setByConstructor) : LazyScriptObject(capacity: 8)
{
    private ScriptObject? _whole;

    private static readonly ConcurrentDictionary<Type, HashSet<string>> NamesByModule = new();

    /// <summary>The module's script names (Scriban's renaming of its public static members).</summary>
    public static IReadOnlySet<string> NamesOf(Type functions) =>
        NamesByModule.GetOrAdd(functions, static type =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (member is MethodInfo { IsSpecialName: true }) continue;
                if (member is MethodInfo or FieldInfo or PropertyInfo) names.Add(StandardMemberRenamer.Rename(member.Name));
            }
            return names;
        });

    protected override bool CanMake(string member) => NamesOf(functions).Contains(member);

    // Functions made so far, for every context of the process (Scriban's functions keep no state of a context); made
    // once even when two threads ask at the same time.
    private static readonly ConcurrentDictionary<(Type Functions, string Member), Lazy<object?>> Made = new();

    protected override bool TryMake(string member, [NotNullWhen(true)] out object? made)
    {
        made = null;
        if (!CanMake(member)) return false;
        if (whole is not null && setByConstructor.Contains(member)) return (_whole ??= whole()).TryGetValue(member, out made) && made is not null;
        made = Of(functions, member);
        return made is not null;
    }

    /// <summary>Makes <paramref name="member"/> of <paramref name="functions"/> now, if the module has it, for any context that asks later.</summary>
    public static void MakeAhead(Type functions, string member)
    {
        if (NamesOf(functions).Contains(member)) Of(functions, member);
    }

    private static object? Of(Type functions, string member) =>
        Made.GetOrAdd((functions, member), static key => new Lazy<object?>(() => Import(key.Functions, key.Member))).Value;

    private static object? Import(Type functions, string member)
    {
        var single = new ScriptObject(capacity: 1, autoImportStaticsFromThisType: false);
        single.Import(functions, ScriptMemberImportFlags.All, name => StandardMemberRenamer.Rename(name) == member);
        return single.TryGetValue(member, out var made) ? made : null;
    }
}
