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
}
