using Formatter.Core.Text;

namespace Formatter.Tests.Text;

/// <summary>The per-thread string builders: never one builder to two renters, empty when rented, big ones let go.</summary>
public sealed class BuilderPoolTests
{
    [Fact]
    public void Nested_rentals_get_different_builders_and_a_returned_one_comes_back_empty()
    {
        var outer = BuilderPool.Rent().Append("outer");
        var inner = BuilderPool.Rent().Append("inner");
        Assert.NotSame(outer, inner);
        Assert.Equal("inner", BuilderPool.Return(inner));
        var again = BuilderPool.Rent();
        Assert.Same(inner, again);
        Assert.Equal(0, again.Length);
        Assert.Equal("outer", outer.ToString());
        BuilderPool.Release(again);
        BuilderPool.Release(outer);
    }

    [Fact]
    public void A_builder_given_back_twice_is_rented_to_one_caller_only()
    {
        var builder = BuilderPool.Rent();
        BuilderPool.Release(builder);
        BuilderPool.Release(builder);
        var first = BuilderPool.Rent();
        var second = BuilderPool.Rent();
        Assert.NotSame(first, second);
        BuilderPool.Release(first);
        BuilderPool.Release(second);
    }

    [Fact]
    public void A_builder_grown_large_is_not_kept()
    {
        var large = BuilderPool.Rent().Append('x', 10_000);
        BuilderPool.Release(large);
        var next = BuilderPool.Rent();
        Assert.NotSame(large, next);
        BuilderPool.Release(next);
    }
}
