using Formatter.Plugins;

namespace Formatter.Styles.Apa;

/// <summary>
/// APA 7 §8.9: a personal communication that readers cannot recover (a letter or interview with no archive, URL,
/// DOI or publisher) is cited in text only. Its bibliography template renders nothing; this pass leaves such
/// entries out of the reference list.
/// </summary>
public sealed class RecoverableOnlyPass : IListPass
{
    /// <inheritdoc />
    public ListPassStage Stage => ListPassStage.AfterRender;

    /// <inheritdoc />
    public void Apply(ListPassContext context) =>
        context.Entries.RemoveAll(e => e.Text.IsBlank);
}
