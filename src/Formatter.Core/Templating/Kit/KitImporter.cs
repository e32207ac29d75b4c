using System.Reflection;
using Scriban.Runtime;

namespace Formatter.Core.Templating.Kit;

/// <summary>Imports the shared kit into a template scope: every public instance method of each module, named in snake_case.</summary>
internal static class KitImporter
{
    public static void Import(ScriptObject globals, RenderState state)
    {
        object[] modules = [new MarkupKit(), new PunctuationKit(), new ShapeKit(), new NameKit(state), new DateKit(state), new TextKit(state), new TermKit(state), new LanguageKit(state), new DatePartsKit(state), new CasingKit(state)];
        foreach (var module in modules)
        {
            foreach (var method in module.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                globals[StandardMemberRenamer.Rename(method.Name)] = KitFunction.Create(module, method);
        }
    }
}

