using Formatter.Tests.Cli;

namespace Formatter.Tests.Gost;

/// <summary>GOST options from the command line (issue 4): <c>--style gost --option content-type=off --option order=latin-first</c>, numbered output.</summary>
public sealed class GostCliOptionsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"gost-cli-{Guid.NewGuid():N}.json");

    public GostCliOptionsTests() => File.WriteAllText(_file, """
        [
          { "id": "en", "type": "article-journal", "author": [{ "family": "Harlow", "given": "M. K." }],
            "title": "Sleep quality", "container-title": "Journal of Developmental Science", "issued": { "date-parts": [[2019]] },
            "volume": "42", "issue": "3", "page": "215-230" },
          { "id": "ru", "type": "book", "author": [{ "family": "Петров", "given": "И. А." }], "title": "Экономика знаний",
            "publisher-place": "Москва", "publisher": "Юрайт", "issued": { "date-parts": [[2019]] }, "number-of-pages": "256" }
        ]
        """);

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Defaults_put_Cyrillic_first_with_content_type()
    {
        var run = CliRun.Of("format", _file, "--style", "gost");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "Петров, И. А. Экономика знаний / И. А. Петров. – Москва : Юрайт, 2019. – 256 с. – Текст : непосредственный.\n" +
            "Harlow, M. K. Sleep quality / M. K. Harlow. – Текст : непосредственный // Journal of Developmental Science. – 2019. – Vol. 42, № 3. – P. 215–230.\n",
            run.Output);
    }

    [Fact]
    public void Content_type_off_and_latin_first_from_the_command_line()
    {
        var run = CliRun.Of("format", _file, "--style", "gost", "--option", "content-type=off", "--option", "order=latin-first");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "Harlow, M. K. Sleep quality / M. K. Harlow // Journal of Developmental Science. – 2019. – Vol. 42, № 3. – P. 215–230.\n" +
            "Петров, И. А. Экономика знаний / И. А. Петров. – Москва : Юрайт, 2019. – 256 с.\n",
            run.Output);
    }

    [Fact]
    public void Numbered_output()
    {
        var run = CliRun.Of("format", _file, "--style", "gost", "--option", "numbered=true", "--option", "content-type=off");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("1. Петров, И. А.", lines[0]);
        Assert.StartsWith("2. Harlow, M. K.", lines[1]);
    }

    [Fact]
    public void An_unknown_order_is_reported()
    {
        var run = CliRun.Of("format", _file, "--style", "gost", "--option", "order=random");
        Assert.Contains("order must be cyrillic-first, latin-first or citation", run.Errors);
    }
}
