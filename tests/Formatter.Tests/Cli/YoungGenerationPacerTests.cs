using Formatter.Cli.Memory;

namespace Formatter.Tests.Cli;

/// <summary>The pacer collects once per budget allocated, and not when the runtime collected on its own meanwhile.</summary>
public sealed class YoungGenerationPacerTests
{
    private long _allocated;
    private int _collections;
    private int _induced;

    private YoungGenerationPacer Pacer() => new(budget: 100, () => _allocated, () => _collections, () =>
    {
        _induced++;
        _collections++;
    });

    [Fact]
    public void Collects_when_the_budget_is_spent_and_counts_again_from_there()
    {
        using var pacer = Pacer();
        _allocated = 99;
        Assert.False(pacer.Step());
        _allocated = 100;
        Assert.True(pacer.Step());
        _allocated = 150;
        Assert.False(pacer.Step());
        _allocated = 200;
        Assert.True(pacer.Step());
        Assert.Equal(2, _induced);
    }

    [Fact]
    public void A_collection_of_the_runtime_starts_the_budget_anew()
    {
        using var pacer = Pacer();
        _allocated = 90;
        _collections++;
        Assert.False(pacer.Step());
        _allocated = 180;
        Assert.False(pacer.Step());
        _allocated = 190;
        Assert.True(pacer.Step());
        Assert.Equal(1, _induced);
    }
}
