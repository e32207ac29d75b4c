namespace Formatter.Core.Readers.BibTex;

/// <summary>How a BibTeX field's value is decoded.</summary>
internal enum BibTexFieldKind
{
    /// <summary>LaTeX text; case-protecting braces are dropped.</summary>
    Text,

    /// <summary>A title: LaTeX text where a case-protecting brace group becomes a nocase span.</summary>
    Title,

    /// <summary>A URL, DOI, path or key: only escapes and braces are removed; <c>~</c> stays a tilde.</summary>
    Verbatim,
}
