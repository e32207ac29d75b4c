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

    /// <summary>True when <paramref name="url"/> points into one of the subscription databases.</summary>
    public static bool IsDatabase(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return false;
        var host = uri.Host;
        foreach (var database in Hosts)
        {
            if (!host.EndsWith(database, StringComparison.OrdinalIgnoreCase)) continue;
            if (host.Length == database.Length || host[host.Length - database.Length - 1] == '.') return true;
        }
        return false;
    }
}
