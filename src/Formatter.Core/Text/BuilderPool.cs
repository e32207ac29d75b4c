using System.Text;

namespace Formatter.Core.Text;

/// <summary>
/// A few reusable string builders per thread: joins, names, initials and the markup parser build every entry's text
/// in them, so the hot path allocates only the strings it returns. Builders nest (a name list's builder is rented
/// while each name's initials are built in another); one taken and not given back is only a builder the pool makes anew.
/// </summary>
internal static class BuilderPool
{
    private const int MaxKeptCapacity = 4096;
    private const int MaxKept = 4;

    [ThreadStatic]
    private static StringBuilder?[]? t_free;

    [ThreadStatic]
    private static int t_count;

    /// <summary>An empty builder: one of the thread's free ones, else a new one of <paramref name="capacity"/>.</summary>
    public static StringBuilder Rent(int capacity = 256)
    {
        var free = t_free;
        if (free is null || t_count == 0) return new StringBuilder(Math.Max(capacity, 16));
        var builder = free[--t_count]!;
        free[t_count] = null;
        return builder.Clear();
    }

    /// <summary>Gives a builder back to the thread's pool without reading it.</summary>
    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity > MaxKeptCapacity) return;
        var free = t_free ??= new StringBuilder?[MaxKept];
        // Given back twice, a builder would be rented to two callers at once.
        for (var i = 0; i < t_count; i++)
            if (ReferenceEquals(free[i], builder)) return;
        if (t_count < MaxKept) free[t_count++] = builder;
    }

    /// <summary>The builder's text; the builder goes back to the thread's pool.</summary>
    public static string Return(StringBuilder builder)
    {
        var text = builder.ToString();
        Release(builder);
        return text;
    }
}
