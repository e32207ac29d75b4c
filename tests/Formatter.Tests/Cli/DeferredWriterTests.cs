using Formatter.Cli;

namespace Formatter.Tests.Cli;

public sealed class DeferredWriterTests
{
    [Fact]
    public void The_writer_is_opened_on_first_write_and_everything_reaches_it()
    {
        var opened = 0;
        var inner = new StringWriter();
        using var writer = new DeferredWriter(() =>
        {
            opened++;
            return inner;
        });
        writer.Flush();
        Assert.Equal(0, opened);

        writer.Write('a');
        writer.Write("bc");
        writer.Write(['d', 'e', 'f'], 1, 2);
        writer.Write("gh".AsSpan());
        writer.WriteLine("i");
        writer.WriteLine(42);

        Assert.Equal(1, opened);
        Assert.Equal("abcefgh" + "i" + Environment.NewLine + "42" + Environment.NewLine, inner.ToString());
    }

    [Fact]
    public void Open_opens_once_from_many_threads()
    {
        var opened = 0;
        using var writer = new DeferredWriter(() =>
        {
            Interlocked.Increment(ref opened);
            return new StringWriter();
        });
        Parallel.For(0, 64, _ => writer.Open());
        Assert.Equal(1, opened);
    }
}
