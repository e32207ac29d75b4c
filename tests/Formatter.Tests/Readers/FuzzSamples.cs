namespace Formatter.Tests.Readers;

/// <summary>Built-in sample documents per format, plus the real samples of ../shared when it is present.</summary>
internal static class FuzzSamples
{
    public static IReadOnlyList<string> BibTex() => With(["corpus/import/bibtex"], "*.bib",
        """
        @string{acm = "ACM"}
        @preamble{"\newcommand{\noop}[1]{}"}
        @Article{key:1,
          author = {von Hicks, III, Michael and {Barnes and Noble} and Jean de La Fontaine and others},
          title = {{The} {DNA} of {\"O}sterreich: $\Sigma^{0}$ and DNA$_{\textrm{2}}$ \textit{in vivo} --- 1--2},
          journal = acm # " Trans.",
          month = oct, year = 2020, pages = {1--10}, note = {{PMID:} 123},
        }
        @inproceedings(p, title = "Quoted {Value}", crossref = {key:1}, location = {X}, address = {Y})
        % comment
        @misc{m, url = {http://x.org/~a\_b}, urldate = {2020-01-01}, date = {2019/2020}}
        """);

    public static IReadOnlyList<string> Ris() => With(["corpus/import/ris"], "*.ris",
        "TY  - JOUR\r\nAU  - Doe, Jane\r\nA1  - KONING, A. P. de\r\nTI  - A title\r\nwrapped\r\nT2  - J\r\nJO  - J.\r\nSP  - 1\r\nEP  - 9\r\nPY  - 2020/05/17/\r\nSN  - 1234-5678\r\nKW  - k\r\nL1  - a.pdf\r\nb.pdf\r\nER  - \r\n\r\nTY - BOOK\nTI - B\nER -\n");

    public static IReadOnlyList<string> CslJson() => With(["corpus/import/csl-json"], "*.json",
        """
        [{"id": "a", "type": "book", "title": "T", "author": [{"family": "Doe", "given": "J."}, "Plain"],
          "issued": {"date-parts": [["2020", 1, 2]]}, "accessed": {"raw": "2020-01-01"}, "custom": {"x": [1, 2]}},
         {"id": 2, "type": "article-journal", "container-title": "J", "page": "1-2", "volume": 3}]
        """);

    public static IReadOnlyList<string> Seed() => With(["corpus/seed-format"], "*.txt",
        """
        A Title of a Book

        Bibliographic Details
        Main Author: Doe, Jane
        Other Authors: Roe, Richard (Editor)
        Format: Book
        Language: English
        Published: London : Publisher, 2008
        Edition: 2nd ed.
        Physical Description: xii, 345 p.
        ISBN: 9780000000000
        Description
        Summary: A summary.
        Subjects: One; Two
        """);

    private static IReadOnlyList<string> With(string[] folders, string pattern, string builtIn)
    {
        var samples = new List<string> { builtIn };
        if (SharedData.Path is not { } shared) return samples;
        foreach (var folder in folders)
        {
            var path = Path.Combine(shared, folder);
            if (Directory.Exists(path)) samples.AddRange(Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal).Take(40).Select(File.ReadAllText));
        }
        return samples;
    }
}
