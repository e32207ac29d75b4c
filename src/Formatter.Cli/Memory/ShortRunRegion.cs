namespace Formatter.Cli.Memory;

/// <summary>
/// Runs a mid-sized input without garbage collections. Everything a list's records and entries hold lives to the end
/// of the run, so each collection during it only copies them to an older generation: measured on 10,000 CSL-JSON
/// records (11 MB), two collections paused the run for about 240 ms of its 1.2 s. Formatting allocates about 16 bytes
/// per byte of input (74 MB reading and 104 MB formatting those records), so an input of up to
/// <see cref="MaxInputBytes"/> asks the runtime for a region of <see cref="BytesPerInputByte"/> times its size, at most
/// <see cref="MaxRegionBytes"/>. A run that allocates more than that gets its collections back; smaller inputs rarely
/// reach a collection at all, and larger ones are paced (see <see cref="YoungGenerationPacer"/>).
/// </summary>
internal static class ShortRunRegion
{
    /// <summary>The bytes asked for per byte of input: the measured 16 and a margin.</summary>
    public const long BytesPerInputByte = 20;

    /// <summary>The most memory a run may take without collecting.</summary>
    public const long MaxRegionBytes = 256L * 1024 * 1024;

    /// <summary>From this input size on, collections are left to the runtime.</summary>
    public const long MaxInputBytes = MaxRegionBytes / BytesPerInputByte;

    /// <summary>Below this input size the runtime's first collection comes after the run anyway.</summary>
    public const long MinInputBytes = 1024 * 1024;

    /// <summary>
    /// The region to ask for an input of <paramref name="inputBytes"/>, or null when none is asked for: always null
    /// unless the run <paramref name="ownsProcess"/> (a host's or a test's process keeps its own collector's ways).
    /// </summary>
    public static long? RegionFor(long inputBytes, bool ownsProcess) =>
        ownsProcess && inputBytes is >= MinInputBytes and <= MaxInputBytes ? inputBytes * BytesPerInputByte : null;

    /// <summary>Asks for the region when <see cref="RegionFor"/> gives one; true when the runtime granted it.</summary>
    public static bool EnterFor(long inputBytes, bool ownsProcess)
    {
        if (RegionFor(inputBytes, ownsProcess) is not { } size) return false;
        try
        {
            return GC.TryStartNoGCRegion(size);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A size the runtime cannot grant, or a region already entered: run as usual.
            return false;
        }
    }
}
