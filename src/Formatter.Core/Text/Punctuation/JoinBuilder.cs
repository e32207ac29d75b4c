using System.Text;

namespace Formatter.Core.Text.Punctuation;

/// <summary>One reusable string builder per thread for joins: the hot path of every template allocates only the result.</summary>
internal static class JoinBuilder
{
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static StringBuilder? _cached;

    /// <summary>An empty builder: the thread's cached one when free, else a new one.</summary>
    public static StringBuilder Rent()
    {
        var builder = _cached;
        if (builder is null) return new StringBuilder(256);
        _cached = null;
        return builder.Clear();
    }

    /// <summary>Gives a builder back to the thread's cache without reading it.</summary>
    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptCapacity) _cached = builder;
    }

    /// <summary>The builder's text; the builder goes back to the thread's cache.</summary>
    public static string Return(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxKeptCapacity) _cached = builder;
        return text;
    }
}
