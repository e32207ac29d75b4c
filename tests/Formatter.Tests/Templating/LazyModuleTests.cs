using Formatter.Core.Templating;
using Scriban;
using Scriban.Runtime;

namespace Formatter.Tests.Templating;

/// <summary>A module imported one function at a time gives, member for member, what Scriban's whole module gives.</summary>
public sealed class LazyModuleTests
{
    public static TheoryData<string> Modules => new(LazyBuiltins.LazyModuleNames);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_member_is_the_one_Scriban_imports(string name)
    {
        var whole = Assert.IsAssignableFrom<ScriptObject>(new TemplateContext().BuiltinObject[name]);
        var lazy = Assert.IsType<LazyModule>(new LazyBuiltins()[name]);

        Assert.Equal(whole.GetMembers().Order(StringComparer.Ordinal), LazyModule.NamesOf(whole.GetType()).Order(StringComparer.Ordinal));
        foreach (var member in whole.GetMembers())
        {
            Assert.True(lazy.TryGetValue(null, default, member, out var made), member);
            var expected = whole[member];
            if (expected is DynamicCustomFunction function)
            {
                var madeFunction = Assert.IsAssignableFrom<DynamicCustomFunction>(made);
                Assert.True(function.GetType() == madeFunction.GetType(), $"{member}: {function.GetType().Name} vs {madeFunction.GetType().Name}");
                Assert.Equal(function.Method, madeFunction.Method);
            }
            else
            {
                Assert.Equal(expected, made);
            }
            Assert.True(whole.CanWrite(member) == lazy.CanWrite(member), $"{member}: writable {whole.CanWrite(member)} vs {lazy.CanWrite(member)}");
        }
        Assert.False(lazy.TryGetValue(null, default, "no_such_function", out _));
    }

    [Fact]
    public void A_function_made_ahead_is_the_one_every_later_module_gives()
    {
        LazyBuiltins.MakeAhead("string", "downcase");
        LazyBuiltins.MakeAhead("string", "no_such_function");
        LazyBuiltins.MakeAhead("no_such_module", "downcase");

        var first = Assert.IsType<LazyModule>(new LazyBuiltins()["string"]);
        var second = Assert.IsType<LazyModule>(new LazyBuiltins()["string"]);
        Assert.True(first.TryGetValue(null, default, "downcase", out var one));
        Assert.True(second.TryGetValue(null, default, "downcase", out var other));
        Assert.Same(one, other);
        var module = Assert.IsAssignableFrom<ScriptObject>(new TemplateContext().BuiltinObject["string"]);
        var scriban = Assert.IsAssignableFrom<DynamicCustomFunction>(module["downcase"]);
        Assert.Equal(scriban.Method, Assert.IsAssignableFrom<DynamicCustomFunction>(one).Method);
    }

    [Fact]
    public void Lowering_notes_the_module_functions_a_style_names()
    {
        var parsed = new Dictionary<string, Template>
        {
            ["a.sbn"] = Template.Parse("{{ x = r.title | string.downcase; y = ['a'] | array.contains x; z = math }}"),
            ["b.sbn"] = Template.Parse("{{ func f(v); ret v | string.starts_with 'a'; end; f r.title; r.title | object.default 'x' }}"),
        };

        var lowered = Formatter.Core.Templating.Evaluation.TemplateLowering.Lower(parsed, out var unsupported);

        Assert.Null(unsupported);
        Assert.Equal(["array.contains", "object.default", "string.downcase", "string.starts_with"],
            lowered!.BuiltinMembers.Select(m => $"{m.Module}.{m.Member}").Order(StringComparer.Ordinal));
    }
}
