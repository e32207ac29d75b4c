namespace Formatter.Conformance;

/// <summary>What citeproc-js rendered for one record formatted alone.</summary>
public sealed record ReferenceItem(string Text, string Html, string Cite);
