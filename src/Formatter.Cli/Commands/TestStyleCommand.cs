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

    /// <summary>Under an "expected/actual" pair, a caret marks the first character that differs.</summary>
    private static string WithCaret(string failure)
    {
        var lines = failure.Split('\n').ToList();
        var expected = lines.FindIndex(l => l.TrimStart().StartsWith("expected: ", StringComparison.Ordinal));
        var actual = lines.FindIndex(l => l.TrimStart().StartsWith("actual:   ", StringComparison.Ordinal));
        if (expected < 0 || actual != expected + 1) return failure;
        var a = lines[expected];
        var b = lines[actual];
        var offset = a.IndexOf("expected: ", StringComparison.Ordinal) + "expected: ".Length;
        var i = offset;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        lines.Insert(actual + 1, new string(' ', i) + $"^ first difference (column {i - offset + 1})");
        return string.Join('\n', lines);
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(l => "    " + l));
}
