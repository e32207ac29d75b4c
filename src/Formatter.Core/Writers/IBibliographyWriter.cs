using Formatter.Core.Api;

namespace Formatter.Core.Writers;

/// <summary>Writes a formatted bibliography in one output format. Writers escape data for their format.</summary>
public interface IBibliographyWriter
{
    /// <summary>The format name used on the command line (<c>text</c>, <c>html</c>, <c>markdown</c>, <c>json</c>).</summary>
    string Format { get; }

    /// <summary>True when the output shows each entry's in-text citation (the formatter renders citations only then).</summary>
    bool WritesCitations => false;

    /// <summary>Writes the whole list.</summary>
    void Write(FormattedBibliography bibliography, TextWriter output);
}
