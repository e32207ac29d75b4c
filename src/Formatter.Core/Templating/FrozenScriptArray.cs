using System.Collections;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>
/// A literal array shared between records (<see cref="ConstantLiterals"/>): reading works; changing it in place, by
/// index assignment or otherwise, is an error. Scriban assigns items through <see cref="IList"/>, which this type
/// implements again so that the assignment reaches the guard.
/// </summary>
internal sealed class FrozenScriptArray : ScriptArray, IList
{
    private const string ReadOnlyMessage = "a literal array is shared by every record and cannot be changed in place; build a new one (array.add, array.concat)";

    public FrozenScriptArray(IEnumerable<object?> items)
        : base(items)
    {
        IsReadOnly = true;
    }

    object? IList.this[int index]
    {
        get => this[index];
        set => throw new InvalidOperationException(ReadOnlyMessage);
    }

    bool IList.IsFixedSize => true;

    bool IList.IsReadOnly => true;

    int ICollection.Count => Count;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    int IList.Add(object? value) => throw new InvalidOperationException(ReadOnlyMessage);

    void IList.Clear() => throw new InvalidOperationException(ReadOnlyMessage);

    bool IList.Contains(object? value) => Contains(value!);

    int IList.IndexOf(object? value) => IndexOf(value!);

    void IList.Insert(int index, object? value) => throw new InvalidOperationException(ReadOnlyMessage);

    void IList.Remove(object? value) => throw new InvalidOperationException(ReadOnlyMessage);

    void IList.RemoveAt(int index) => throw new InvalidOperationException(ReadOnlyMessage);

    void ICollection.CopyTo(Array array, int index)
    {
        for (var i = 0; i < Count; i++) array.SetValue(this[i], index + i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
