using Formatter.Core.Lists;

namespace Formatter.Tests.Lists;

/// <summary>
/// The temporary file of a very long list: what is appended reads back the same, from any thread, while appends go on;
/// blocks larger than the write buffer too; and no file is left in the temporary folder.
/// </summary>
public sealed class SpillFileTests
{
    [Fact]
    public async Task Appended_blocks_read_back_the_same_in_any_order_and_from_several_threads()
    {
        var spill = SpillFile.TryCreate()!;
        var random = new Random(7);
        var blocks = Enumerable.Range(0, 3000).Select(i => Block(i, i == 1500 ? (1 << 20) + 17 : random.Next(0, 2000))).ToList();
        var places = new (long Offset, int Length)[blocks.Count];

        // Half is written first; the other half is appended by one thread while four others read what is there.
        for (var i = 0; i < blocks.Count / 2; i++) places[i] = spill.Append(blocks[i]);
        var readers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var n = 0; n < 2000; n++)
            {
                var i = (n * 7919 + t * 31) % (blocks.Count / 2);
                Assert.Equal(blocks[i], spill.Read(places[i].Offset, places[i].Length)[..places[i].Length]);
            }
        })).ToList();
        for (var i = blocks.Count / 2; i < blocks.Count; i++) places[i] = spill.Append(blocks[i]);
        await Task.WhenAll(readers);

        foreach (var i in Enumerable.Range(0, blocks.Count).OrderBy(_ => random.Next()))
            Assert.Equal(blocks[i], spill.Read(places[i].Offset, places[i].Length)[..places[i].Length]);
    }

    [Fact]
    public void The_file_is_not_left_in_the_temporary_folder()
    {
        var spill = SpillFile.TryCreate()!;
        spill.Append([1, 2, 3]);

        // On Windows the file goes when its handle is closed; elsewhere it is removed as soon as it is open.
        Assert.Equal(OperatingSystem.IsWindows(), File.Exists(spill.Path));
        Assert.Equal([1, 2, 3], spill.Read(0, 3)[..3]);
    }

    private static byte[] Block(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
