using Formatter.Core.Templating;

namespace Formatter.Tests.Templating;

/// <summary>A missing <c>end</c> is reported by Scriban where the file ends; the hint names the statement that lacks it.</summary>
public sealed class UnclosedBlockTests
{
    private const string Missing = "Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if";

    [Theory]
    [InlineData("x = 1\nif r.title\n  y = 2\nfor a in [1]\n  z = 3\nend\nx", "; the `if` at line 2 looks unclosed (no `end` at its indentation)")]
    [InlineData("func f(a)\n  if a\n    ret 1\n  else\n    ret 2\nend", "; the `if` at line 2 looks unclosed (no `end` at its indentation)")]
    [InlineData("if a\n  b\nelse\n  c", "; the `if` at line 1 looks unclosed (no `end` at its indentation)")]
    [InlineData("if a\n  b\nend", "")]
    public void The_unclosed_statement_is_named(string source, string hint) => Assert.Equal(hint, UnclosedBlock.Hint(Missing, source));

    [Fact]
    public void Other_parse_errors_get_no_hint() =>
        Assert.Equal("", UnclosedBlock.Hint("Unexpected token )", "if a\n  b"));
}
