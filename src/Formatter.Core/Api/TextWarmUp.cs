using Formatter.Core.Text;
using Formatter.Core.Text.Casing;
using Formatter.Core.Text.Names;
using Formatter.Core.Text.Pages;

namespace Formatter.Core.Api;

/// <summary>
/// Runs, once, on a small built-in sample, text work of the kit that a process's first entry would otherwise meet for
/// the first time: title casing (which reads its word lists into its lexicon), initials, quotation marks, inline
/// markup and page ranges. Formatting gives the same results without it. A host with a thread that would
/// otherwise wait before its first <c>Format</c> can call it there: the command-line app does while its style is
/// prepared on another thread (see the README's Start-up for what it saves).
/// </summary>
public static class TextWarmUp
{
    private static int s_done;

    /// <summary>Does the work the first time it is called in the process; later calls return at once. Thread-safe.</summary>
    public static void Run()
    {
        if (Interlocked.Exchange(ref s_done, 1) == 1) return;
        SentenceCase.Apply("The Rise of Sample Titles in Europe: A Study of NATO's First Years", out _);
        HeadlineCase.Apply("the rise of sample titles: a study of the first years");
        Initials.From("Ada Maria");
        SmartQuotes.Convert("\"Sample\" isn't it");
        InlineMarkupConverter.Convert("A <i>sample</i> title");
        PageRange.Format("123-29", PageRangeStyle.Full);
    }
}
