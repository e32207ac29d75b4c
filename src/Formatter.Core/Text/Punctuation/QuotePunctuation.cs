namespace Formatter.Core.Text.Punctuation;

/// <summary>Moves a period or comma that follows a <c>q</c> span inside it (American style, CMOS 6.9).</summary>
internal static class QuotePunctuation
{
    private static readonly string QuoteTag = $"{Markup.Open}q{Markup.TagEnd}";

    public static string MoveInside(string? entry)
    {
        if (string.IsNullOrEmpty(entry)) return "";
        // Only a quotation span can take a mark inside; most entries have none.
        if (!entry.Contains(QuoteTag, StringComparison.Ordinal)) return entry;
        var value = entry;
        var stack = new List<bool>();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == Markup.Open)
            {
                var tagEnd = value.IndexOf(Markup.TagEnd, i + 1);
                if (tagEnd < 0) break;
                var tag = value.AsSpan(i + 1, tagEnd - i - 1);
                stack.Add(tag.SequenceEqual("q"));
                i = tagEnd;
                continue;
            }
            if (c != Markup.Close || stack.Count == 0) continue;
            var isQuote = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (!isQuote) continue;

            var next = i + 1;
            while (next < value.Length && value[next] == Markup.Close) next++;
            if (next >= value.Length || value[next] is not ('.' or ',')) continue;
            var mark = value[next];
            var inside = MarkupScan.LastVisibleChar(value[..i]);
            value = value.Remove(next, 1);
            if (mark == '.' && MarkupScan.EndsSentence(inside)) continue;
            value = value.Insert(i, mark.ToString());
            i++;
        }
        return value;
    }
}
