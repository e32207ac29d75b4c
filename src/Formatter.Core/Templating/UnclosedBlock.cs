using System.Text.RegularExpressions;

namespace Formatter.Core.Templating;

/// <summary>
/// Where a block lacks its <c>end</c>. Scriban reports a missing <c>end</c> where the file ends; this finds, by
/// indentation, the statement that opened the block: the last <c>if</c>, <c>for</c>, <c>while</c>, <c>func</c>,
/// <c>case</c>, <c>capture</c> or <c>with</c> not followed, before a line indented less, by an <c>end</c> at its own
/// indentation (its <c>else</c> and <c>when</c> lines aside). A hint for a parse error, so it says "looks".
/// </summary>
internal static partial class UnclosedBlock
{
    /// <summary>The hint to add to Scriban's message <paramref name="message"/> about <paramref name="source"/>, or "".</summary>
    public static string Hint(string message, string source)
    {
        if (!message.Contains("<end>", StringComparison.Ordinal) || !message.Contains("not found", StringComparison.Ordinal)) return "";
        var lines = source.Replace("\r\n", "\n").Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var opener = Opener().Match(lines[i]);
            if (!opener.Success) continue;
            var indent = opener.Groups[1].Length;
            var closed = false;
            for (var j = i + 1; j < lines.Length; j++)
            {
                if (lines[j].Trim().Length == 0) continue;
                var own = lines[j].Length - lines[j].TrimStart().Length;
                if (own > indent) continue;
                if (own < indent || !Continuation().IsMatch(lines[j])) break;
                closed = End().IsMatch(lines[j]);
                if (closed) break;
            }
            if (!closed) return $"; the `{opener.Groups[2].Value}` at line {i + 1} looks unclosed (no `end` at its indentation)";
        }
        return "";
    }

    [GeneratedRegex(@"^(\s*)(if|for|while|func|case|capture|with)\b")]
    private static partial Regex Opener();

    [GeneratedRegex(@"^\s*(end|else|when)\b")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^\s*end\b")]
    private static partial Regex End();
}
