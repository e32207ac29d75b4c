using Formatter.Core.Fixtures;

namespace Formatter.Cli.Commands;

/// <summary>
/// <c>formatter test-style &lt;dir&gt;</c>: runs every <c>fixtures/*.fixture</c> below a style folder with the same
/// <see cref="FixtureRunner"/> our own styles use, printing PASS/FAIL per fixture and, for failures, expected and actual
/// output with the first difference marked. Exit 1 when a fixture fails or there is none.
/// </summary>
public static class TestStyleCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(CliContext context)
    {
        context.Arguments.AllowOnly("--plugins");
        if (context.Arguments.Positional.Count != 1) throw new UsageException("test-style needs one style folder");
        var folder = Path.GetFullPath(context.Arguments.Positional[0]);
        if (!Directory.Exists(folder)) throw new UsageException($"no such folder: {folder}");
        var fixtures = FixtureRunner.FindFixtures(folder);
        if (fixtures.Count == 0)
        {
            context.Errors.WriteLine($"{folder}: no *.fixture files (put them in fixtures/; see styles/WRITING-A-STYLE.md)");
            return ExitCodes.PartialFailure;
        }
        var runner = new FixtureRunner(AuthoringFormatter.Build(context, folder));
        int passed = 0, failed = 0;
        foreach (var file in fixtures)
        {
            var result = runner.Run(file);
            var name = Path.GetRelativePath(folder, file);
            var description = result.Fixture.Description.Length > 0 ? " — " + result.Fixture.Description : "";
            if (result.Passed)
            {
                passed++;
                context.Output.WriteLine($"PASS {name}{description}");
                continue;
            }
            failed++;
            context.Output.WriteLine($"FAIL {name}{description}");
            foreach (var failure in result.Failures) context.Output.WriteLine(Indent(WithCaret(failure)));
        }
        context.Output.WriteLine($"{passed} passed, {failed} failed");
        return failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    /// <summary>
    /// An "expected/actual" failure as a line diff: lines that match are shown once, lines that differ as
    /// <c>- expected</c> / <c>+ actual</c> with a caret under the first character that differs.
    /// </summary>
    private static string WithCaret(string failure)
    {
        const string expectedLabel = "\n  expected: ";
        const string actualLabel = "\n  actual:   ";
        var e = failure.IndexOf(expectedLabel, StringComparison.Ordinal);
        var a = failure.IndexOf(actualLabel, StringComparison.Ordinal);
        if (e < 0 || a < e) return failure;
        var expected = failure[(e + expectedLabel.Length)..a].Split('\n');
        var actual = failure[(a + actualLabel.Length)..].Split('\n');
        var lines = new List<string> { failure[..e] };
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var x = i < expected.Length ? expected[i] : null;
            var y = i < actual.Length ? actual[i] : null;
            if (x == y)
            {
                lines.Add("  " + x);
                continue;
            }
            if (x is not null) lines.Add("- " + x);
            if (y is not null) lines.Add("+ " + y);
            if (x is not null && y is not null)
            {
                var column = 0;
                while (column < x.Length && column < y.Length && x[column] == y[column]) column++;
                lines.Add(new string(' ', column + 2) + $"^ first difference (column {column + 1})");
            }
        }
        return string.Join('\n', lines);
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(l => "    " + l));
}
