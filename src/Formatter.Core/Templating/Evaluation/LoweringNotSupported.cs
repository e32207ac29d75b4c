namespace Formatter.Core.Templating.Evaluation;

/// <summary>Thrown while lowering a template that uses a construct the evaluation tree does not have; the style then renders with Scriban.</summary>
internal sealed class LoweringNotSupported : Exception
{
    public LoweringNotSupported(string construct) : base(construct)
    {
    }
}
