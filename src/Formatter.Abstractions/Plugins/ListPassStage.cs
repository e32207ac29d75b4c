namespace Formatter.Plugins;

/// <summary>When a list pass runs.</summary>
public enum ListPassStage
{
    /// <summary>Before entries are rendered: ordering, year suffixes, numbers the templates print.</summary>
    BeforeRender,

    /// <summary>After entries are rendered: substitutions on the rendered text (e.g. a repeated author).</summary>
    AfterRender,
}
