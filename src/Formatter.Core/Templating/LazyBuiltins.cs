using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>
/// Scriban's built-in modules (<c>array</c>, <c>string</c>, <c>date</c> …), each made the first time a template of
/// the session names it. Scriban's own set is built whole, once per process, and copied into every context: a
/// one-record run paid for all of it, the <c>date</c> module's regular expressions and culture lookups included,
/// while a style uses two or three modules. The names are Scriban's, and, as there, a template's own variable of
/// the same name hides a module.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Func<object>> Modules = new(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["blank"] = () => EmptyScriptObject.Default,
        ["date"] = () => new DateTimeFunctions(),
        ["empty"] = () => EmptyScriptObject.Default,
        ["html"] = () => new HtmlFunctions(),
        ["include"] = () => new IncludeFunction(),
        ["include_join"] = () => new IncludeJoinFunction(),
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    public LazyBuiltins() : base(capacity: 12, autoImportStaticsFromThisType: false)
    {
    }

    /// <summary>The names of the modules, made or not (<c>GetMembers</c> lists only those made so far).</summary>
    public static IReadOnlyCollection<string> Names => Modules.Keys;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        if (!Modules.TryGetValue(member, out var make)) return false;
        value = make();
        SetValue(member, value, readOnly: true);
        return true;
    }

    public override bool Contains(string member) => Modules.ContainsKey(member) || base.Contains(member);

    public override bool CanWrite(string member) => !Modules.ContainsKey(member) && base.CanWrite(member);
}
