namespace Formatter.Plugins;

/// <summary>A pass over the whole reference list: sort, disambiguate, number, substitute.</summary>
public interface IListPass
{
    /// <summary>When the pass runs.</summary>
    ListPassStage Stage { get; }

    /// <summary>Applies the pass; it may reorder <see cref="ListPassContext.Entries"/> and change entries.</summary>
    void Apply(ListPassContext context);
}
