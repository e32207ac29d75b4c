namespace Formatter.Cli.Memory;

/// <summary>
/// Collects the youngest generation after every <see cref="DefaultBudget"/> bytes allocated, while a long list is
/// formatted. The runtime sizes that generation from the processor's cache (84 MB on a VM that reports a 300 MiB L3
/// cache) and takes a smaller size only from an environment variable, not from the app's runtime configuration; a
/// process that allocates as fast as this one then always holds that much garbage. A background thread looks every few
/// milliseconds and collects when the budget is spent and the runtime has not collected meanwhile.
/// </summary>
internal sealed class YoungGenerationPacer : IDisposable
{
    /// <summary>Bytes allocated between two collections of the youngest generation.</summary>
    public const long DefaultBudget = 16L * 1024 * 1024;

    // Every millisecond: with rendering as fast as it now is, two threads allocate several megabytes between looks
    // five milliseconds apart, and GOST's 100,000-record peak crossed 200 MiB in 7 of 11 runs (1 ms: none of 8, 163–197 MiB).
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(1);
    private readonly long _budget;
    private readonly Func<long> _allocated;
    private readonly Func<int> _collections;
    private readonly Action _collect;
    private readonly ManualResetEventSlim _stopped = new();
    private Thread? _thread;
    private long _allocatedThen;
    private int _collectionsThen;

    /// <summary>A pacer over the given counters (tests give their own); <see cref="Start"/> makes one over the runtime's.</summary>
    internal YoungGenerationPacer(long budget, Func<long> allocated, Func<int> collections, Action collect)
    {
        _budget = budget;
        _allocated = allocated;
        _collections = collections;
        _collect = collect;
        _allocatedThen = allocated();
        _collectionsThen = collections();
    }

    /// <summary>Starts pacing the runtime's collector until disposed.</summary>
    public static YoungGenerationPacer Start()
    {
        var pacer = new YoungGenerationPacer(DefaultBudget, () => GC.GetTotalAllocatedBytes(), () => GC.CollectionCount(0),
            () => GC.Collect(0, GCCollectionMode.Forced, blocking: true));
        pacer._thread = new Thread(pacer.Run) { IsBackground = true, Name = "young-generation pacer" };
        pacer._thread.Start();
        return pacer;
    }

    /// <summary>One look: collects when the budget is spent since the last collection; true when it collected.</summary>
    internal bool Step()
    {
        var collections = _collections();
        var allocated = _allocated();
        var collect = collections == _collectionsThen && allocated - _allocatedThen >= _budget;
        if (collections != _collectionsThen || collect)
        {
            if (collect) _collect();
            _collectionsThen = _collections();
            _allocatedThen = _allocated();
        }
        return collect;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopped.Set();
        _thread?.Join();
        _stopped.Dispose();
    }

    private void Run()
    {
        while (!_stopped.Wait(Interval)) Step();
    }
}
