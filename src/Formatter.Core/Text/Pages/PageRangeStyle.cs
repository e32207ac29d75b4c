namespace Formatter.Core.Text.Pages;

/// <summary>How <see cref="PageRange.Format"/> writes the second number of a numeric range.</summary>
internal enum PageRangeStyle
{
    /// <summary>Digits as stored; only the dash is normalised (<c>215-30</c> → <c>215–30</c>).</summary>
    Stored,

    /// <summary>The second number in full; an abbreviated one is expanded (<c>215-30</c> → <c>215–230</c>). APA, GOST.</summary>
    Full,

    /// <summary>CMOS 17 9.61 inclusive numbers (<c>71–72</c>, <c>100–104</c>, <c>101–8</c>, <c>215–30</c>, <c>1496–504</c>).</summary>
    Chicago,

    /// <summary>Only the digits that change (<c>215–30</c> → <c>215–30</c>, <c>321–328</c> → <c>321–8</c>).</summary>
    Minimal,

    /// <summary>The digits that change, but at least two (MLA 9: <c>321–328</c> → <c>321–28</c>, <c>1496–1504</c> → <c>1496–504</c>).</summary>
    MinimalTwo,
}
