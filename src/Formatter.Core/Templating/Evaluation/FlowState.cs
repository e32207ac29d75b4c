namespace Formatter.Core.Templating.Evaluation;

/// <summary>How control leaves a statement: normally, by <c>ret</c>, or by <c>break</c> (Scriban's flow states).</summary>
internal enum FlowState
{
    None,
    Return,
    Break,
}
