using Scriban;
using Scriban.Parsing;

namespace Formatter.Core.Templating;

/// <summary>
/// The template context of a render session. Scriban converts every function argument to the parameter's declared
/// type; kit functions and template functions declare <c>object</c>, so the value passes through untouched (the kit
/// converts it itself) instead of going through Scriban's general conversion on every call.
/// </summary>
internal sealed class KitTemplateContext : TemplateContext
{
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) ? value : base.ToObject(span, value, destinationType);
}
