using System.Buffers;
using System.Text;

namespace Formatter.Styles.Apa;

/// <summary>
/// APA 7 §5 (guide) and 9.30 (manual): a URL is printed only when it is not the address of a subscription research
/// database — a reader without the subscription cannot follow it; the work is found by its DOI or its other details.
/// The databases are the large aggregators the manual names or that work the same way.
/// </summary>
public static class DatabaseUrl
{
    private static readonly string[] Hosts =
    [
        "proquest.com", "ebscohost.com", "galegroup.com", "gale.com", "ovid.com", "webofscience.com", "webofknowledge.com",
        "scopus.com", "lexisnexis.com", "nexisuni.com", "westlaw.com", "heinonline.org", "factiva.com", "newsbank.com",
    ];

    // An address whose authority (what follows `://` up to the path) is ASCII without percent escapes has its host
    // written out in it, so one that names none of the databases anywhere is not one of theirs, and is not parsed
    // (most addresses; escapes and other characters in the path change nothing).
    private static readonly SearchValues<string> Names = SearchValues.Create(Hosts, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="url"/> points into one of the subscription databases.</summary>
    public static bool IsDatabase(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        var authority = Authority(url);
        if (Ascii.IsValid(authority) && !authority.Contains('%') && url.AsSpan().IndexOfAny(Names) < 0) return false;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return false;
        var host = uri.Host;
        foreach (var database in Hosts)
        {
            if (!host.EndsWith(database, StringComparison.OrdinalIgnoreCase)) continue;
            if (host.Length == database.Length || host[host.Length - database.Length - 1] == '.') return true;
        }
        return false;
    }

    // From `://` to the first `/`, `?` or `#` after it; the whole address when it has no `://`.
    private static ReadOnlySpan<char> Authority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0) return url;
        var rest = url.AsSpan(start + 3);
        var end = rest.IndexOfAny('/', '?', '#');
        return end < 0 ? rest : rest[..end];
    }
}
