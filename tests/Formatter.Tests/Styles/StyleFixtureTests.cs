using Formatter.Core.Fixtures;

namespace Formatter.Tests.Styles;

/// <summary>Every <c>styles/*/fixtures/*.fixture</c> file is a test: input, style, options and expected output per format.</summary>
public sealed class StyleFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in FixtureRunner.FindFixtures(Path.Combine(SharedData.RepoRoot, "styles")))
            data.Add(Path.GetRelativePath(SharedData.RepoRoot, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_renders_as_expected(string fixture)
    {
        var result = new FixtureRunner(TestFormatter.Shared).Run(Path.Combine(SharedData.RepoRoot, fixture));
        Assert.True(result.Passed, $"{fixture} ({result.Fixture.Description})\n{string.Join("\n", result.Failures)}");
    }

    [Fact]
    public void Every_style_has_fixtures()
    {
        var styles = Directory.GetDirectories(Path.Combine(SharedData.RepoRoot, "styles"));
        Assert.NotEmpty(styles);
        foreach (var style in styles)
            Assert.True(Directory.Exists(Path.Combine(style, "fixtures")) && FixtureRunner.FindFixtures(style).Count > 0, $"{style} has no fixtures");
    }
}
