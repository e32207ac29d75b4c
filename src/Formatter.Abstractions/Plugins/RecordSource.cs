using Formatter.Records;
using Formatter.Text;

namespace Formatter.Plugins;

/// <summary>
/// A record the host keeps in a compact form while a long list is formatted and loads when it is asked for, with its
/// id at hand: the list then costs a fraction of its records' memory. Not part of the contract plugins see.
/// </summary>
internal abstract class RecordSource
{
    /// <summary>The record id.</summary>
    public abstract string Id { get; }

    /// <summary>The record, made anew on each call (equal content, not the same object).</summary>
    public abstract Record Load();

    /// <summary>
    /// A rendered text of this record's entry as the host keeps it: compact (encoded), so that a pass that sets new
    /// texts on every entry of a long list does not hold them all as trees.
    /// </summary>
    public virtual RichText Keep(RichText text) => text.Compact();
}
