using Formatter.Cli.Memory;

namespace Formatter.Tests.Cli;

/// <summary>
/// Mid-sized inputs run without collections in the app's own process: the region asked for follows the input's size
/// within its bounds, and a run inside another process (a host, these tests) never asks.
/// </summary>
public sealed class ShortRunRegionTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(600_000L)]
    [InlineData(ShortRunRegion.MaxInputBytes + 1)]
    [InlineData(32L * 1024 * 1024)]
    public void Small_and_large_inputs_ask_for_no_region(long inputBytes) => Assert.Null(ShortRunRegion.RegionFor(inputBytes, ownsProcess: true));

    [Theory]
    [InlineData(ShortRunRegion.MinInputBytes)]
    [InlineData(11_000_000L)]
    [InlineData(ShortRunRegion.MaxInputBytes)]
    public void Mid_sized_inputs_ask_for_a_region_of_their_size_times_the_allocation_rate(long inputBytes)
    {
        var region = ShortRunRegion.RegionFor(inputBytes, ownsProcess: true);
        Assert.Equal(inputBytes * ShortRunRegion.BytesPerInputByte, region);
        Assert.InRange(region!.Value, 1, ShortRunRegion.MaxRegionBytes);
    }

    [Fact]
    public void A_run_in_a_host_process_asks_for_none() => Assert.Null(ShortRunRegion.RegionFor(11_000_000L, ownsProcess: false));
}
