namespace Formatter.Core.Readers;

/// <summary>Turns one input format into records. A reader never throws on bad input: it reports and goes on.</summary>
public interface IRecordReader
{
    /// <summary>A short name used on the command line (<c>seed</c>, <c>csl-json</c>, <c>bibtex</c>, <c>ris</c>).</summary>
    string Format { get; }

    /// <summary>How sure the reader is that it can read this input, 0 (no) to 100 (certain).</summary>
    int Sniff(string fileName, string content);

    /// <summary>Reads every record it can; problems go into the result's diagnostics with file, line and field.</summary>
    ReadResult Read(string fileName, string content);
}
