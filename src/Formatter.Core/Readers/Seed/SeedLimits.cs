namespace Formatter.Core.Readers.Seed;

/// <summary>Sizes above which a catalogue page is refused rather than read.</summary>
internal static class SeedLimits
{
    /// <summary>The longest line accepted, in characters (a real page line is far shorter).</summary>
    public const int MaxLineLength = 64 * 1024;
}
