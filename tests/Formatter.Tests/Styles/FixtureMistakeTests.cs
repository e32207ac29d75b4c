using Formatter.Core.Fixtures;

namespace Formatter.Tests.Styles;

/// <summary>A style author's mistakes in a fixture file are reported where they are, not passed over.</summary>
public sealed class FixtureMistakeTests
{
    private const string Input = """
        description: a book
        style: apa
        --- input.json
        [
         {"id": "b1", "type": "book", "title": "A book", "publisher": "Acme"}
        ]

        """;

    [Fact]
    public void A_misspelt_section_is_an_error_at_its_line()
    {
        var failure = Assert.Throws<FormatException>(() => StyleFixtureParser.Parse("f.fixture", Input + "--- txt\nA book. (n.d.). Acme.\n"));
        Assert.StartsWith("f.fixture:7: unknown section 'txt' (input.EXT, text, html, markdown, json, citation, warnings)", failure.Message);
    }

    [Fact]
    public void A_second_input_is_an_error_at_its_line()
    {
        var failure = Assert.Throws<FormatException>(() => StyleFixtureParser.Parse("f.fixture", Input + "--- input.bib\n@book{a, title={A}}\n--- text\nA.\n"));
        Assert.StartsWith("f.fixture:7: a second input section 'input.bib'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixture_with_nothing_to_compare_is_an_error()
    {
        var failure = Assert.Throws<FormatException>(() => StyleFixtureParser.Parse("f.fixture", Input));
        Assert.Contains("nothing to compare", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_input_is_reported_first_at_its_line_in_the_fixture()
    {
        var fixture = StyleFixtureParser.Parse("styles/x/fixtures/f.fixture", """
            description: a book
            style: apa
            --- input.json
            [
             {"id": "b1", "type": "book", "title": tru}
            ]
            --- text
            A book. (n.d.). Acme.
            """);

        var result = new FixtureRunner(TestFormatter.Shared).Run(fixture);

        Assert.False(result.Passed);
        Assert.StartsWith("input: styles/x/fixtures/f.fixture:5:", result.Failures[0], StringComparison.Ordinal);
        Assert.Contains("error: JSON syntax error", result.Failures[0], StringComparison.Ordinal);
    }
}
