using System.Diagnostics;
using Formatter.Core.Readers;
using Formatter.Core.Readers.BibTex;
using Formatter.Core.Readers.CslJson;
using Formatter.Core.Readers.Ris;
using Formatter.Core.Readers.Seed;
using Xunit.Abstractions;

namespace Formatter.Tests.Readers;

/// <summary>
/// Fuzzes every reader with 10,000 seeded random and mutated inputs: no exception escapes <c>Read</c>, no call takes
/// longer than a bound (a hang fails the test instead of stalling it), and the output stays proportional to the input.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 10_000;
    private static readonly TimeSpan PerCallLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public void BibTex_reader_survives_fuzzing() => Fuzz(new BibTexReader(), FuzzSamples.BibTex(), "{}@\\\"#%=,~$_^-'`\n", 1);

    [Fact]
    public void Ris_reader_survives_fuzzing() => Fuzz(new RisReader(), FuzzSamples.Ris(), "TYERAUPY -\r\n/, ", 2);

    [Fact]
    public void Csl_json_reader_survives_fuzzing() => Fuzz(new CslJsonReader(), FuzzSamples.CslJson(), "{}[]\":,0123456789-.\\ntrue", 3);

    [Fact]
    public void Seed_reader_survives_fuzzing() => Fuzz(new SeedReader(), FuzzSamples.Seed(), ":\n\r,;()[]-.0123456789", 4);

    private void Fuzz(IRecordReader reader, IReadOnlyList<string> samples, string specials, int seed)
    {
        var inputs = new FuzzInputs(seed, samples, specials);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var slowest = TimeSpan.Zero;
        var slowestCase = "";
        long largest = 0;
        for (var i = 0; i < Cases; i++)
        {
            var input = inputs.Next();
            var call = Stopwatch.StartNew();
            var task = Task.Run(() => reader.Read($"fuzz-{i}.txt", input));
            if (!task.Wait(PerCallLimit)) Assert.Fail($"{reader.Format} case {i} (seed {seed}) did not finish within {PerCallLimit.TotalSeconds} s; input length {input.Length}");
            var taken = call.Elapsed;
            if (taken > slowest && i > 0)
            {
                slowest = taken;
                slowestCase = $"case {i}, {input.Length:N0} chars starting '{Escape(input[..Math.Min(40, input.Length)])}'";
            }
            var size = OutputSize(task.Result);
            largest = Math.Max(largest, input.Length);
            Assert.True(size <= 16L * input.Length + 10_000, $"{reader.Format} case {i}: output of {size} chars for an input of {input.Length}");
            Assert.All(task.Result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        }
        output.WriteLine($"{reader.Format}: {Cases} cases in {clock.Elapsed.TotalSeconds:F2} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU); slowest call {slowest.TotalMilliseconds:F0} ms ({slowestCase}); largest input {largest:N0} chars");
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static long OutputSize(ReadResult result) =>
        result.Records.Sum(r => r.Id.Length + r.Fields.Sum(f => (long)f.Key.Length + f.Value.Length)
            + r.Names.Sum(n => n.Value.Sum(x => (long)(x.Family?.Length ?? 0) + (x.Given?.Length ?? 0) + (x.Literal?.Length ?? 0)))
            + r.Extensions.Sum(e => (long)e.Value.Length) + r.Dates.Count * 16)
        + result.Diagnostics.Sum(d => (long)d.Message.Length);
}
