using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban.Runtime;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// The global scope of a render session: the shared kit (every public instance method of each module, named in
/// snake_case), the plugin's functions (which hide a kit function of the same name) and whatever the session sets
/// (<c>r</c>, <c>options</c>, <c>list</c>). A function is bound the first time a template names it: binding is
/// reflection, and a style uses only part of the kit, which a one-record run would otherwise bind whole. (A plugin
/// function that cannot be bound is reported when the style's engine is made, see <see cref="KitFunction.Check"/>.)
/// </summary>
internal sealed class KitScope : LazyScriptObject
{
    private static readonly ConcurrentDictionary<Type, (string Name, MethodInfo Method)[]> MethodsByModule = new();
    private readonly Dictionary<string, (object? Target, MethodInfo Method)> _unbound = new(StringComparer.Ordinal);

    /// <summary>The kit, and the functions a plugin registered (<paramref name="extensions"/>), which hide kit functions of the same name.</summary>
    public KitScope(RenderState state, IReadOnlyDictionary<string, Delegate>? extensions = null) : base(capacity: 16)
    {
        foreach (var module in Modules(state))
        {
            foreach (var (name, method) in MethodsOf(module.GetType())) _unbound[name] = (module, method);
        }
        if (extensions is null) return;
        foreach (var (name, function) in extensions) _unbound[name] = (function.Target, function.Method);
    }

    /// <summary>The kit's function names not bound yet: on a scope no template has used, all of them.</summary>
    public IReadOnlyCollection<string> UnboundNames => _unbound.Keys;

    protected override bool CanMake(string member) => _unbound.ContainsKey(member);

    protected override bool TryMake(string member, [NotNullWhen(true)] out object? made)
    {
        made = _unbound.Remove(member, out var unbound) ? KitFunction.Create(unbound.Target, unbound.Method) : null;
        return made is not null;
    }

    private static object[] Modules(RenderState state) =>
        [new MarkupKit(), new PunctuationKit(), new ShapeKit(), new NameKit(state), new DateKit(state), new TextKit(state), new TermKit(state), new LanguageKit(state), new DatePartsKit(state), new CasingKit(state)];

    // A loop rather than LINQ: a Select to tuples would be compiled at run time in every process.
    private static (string Name, MethodInfo Method)[] MethodsOf(Type module) =>
        MethodsByModule.GetOrAdd(module, static type =>
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            var named = new (string Name, MethodInfo Method)[methods.Length];
            for (var i = 0; i < methods.Length; i++) named[i] = (StandardMemberRenamer.Rename(methods[i].Name), methods[i]);
            return named;
        });
}
