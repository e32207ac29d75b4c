namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// Thrown where the evaluation tree would have to reproduce something Scriban does that the tree does not: an error,
/// a limit, or a rare shape of value. The render session then renders the record again with Scriban, which gives the
/// result or the error message as it always has.
/// </summary>
internal sealed class FallbackRequired : Exception
{
    public FallbackRequired(string reason) : base(reason)
    {
    }
}
