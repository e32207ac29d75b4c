using Formatter.Records;

namespace Formatter.Core.Authoring;

/// <summary>Finds where a key or value is written in a JSON file, so that manifest problems point at a line and column.</summary>
internal sealed class JsonKeyLocator(string path, string text)
{
    /// <summary>The location of the first <c>"token"</c> in the file (after <paramref name="after"/>, when given), else line 1.</summary>
    public SourceLocation Find(string token, string? after = null)
    {
        var start = after is null ? 0 : Math.Max(0, text.IndexOf('"' + after + '"', StringComparison.Ordinal));
        var index = text.IndexOf('"' + token + '"', start, StringComparison.Ordinal);
        if (index < 0) return new SourceLocation(path, 1, 1);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new SourceLocation(path, line, index - lineStart + 1);
    }
}
