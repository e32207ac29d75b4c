using Formatter.Text;
using Microsoft.Win32.SafeHandles;

namespace Formatter.Core.Lists;

/// <summary>
/// A temporary file that holds the parked records (<see cref="RecordCodec"/> bytes) and the rendered entries
/// (<see cref="RichText"/> encodings) of a very long list, so that they cost the process a few bytes each instead of
/// their encoded size. The file is removed from its folder as soon as it is open (on Windows: when it is closed), so
/// nothing is left behind, even after a crash. Any thread may append and read.
/// </summary>
internal sealed class SpillFile : ISpillStore
{
    private const int WriteBufferSize = 1 << 20;

    // One read buffer per thread, grown to the longest record read.
    [ThreadStatic]
    private static byte[]? t_readBuffer;

    private readonly SafeFileHandle _file;
    private readonly Lock _writing = new();
    private readonly byte[] _pending = new byte[WriteBufferSize];
    private int _pendingLength;
    private long _written;

    private SpillFile(SafeFileHandle file, string path)
    {
        _file = file;
        Path = path;
    }

    /// <summary>Where the file was created (on Windows it stays there until it is closed).</summary>
    public string Path { get; }

    /// <summary>A new spill file in the temporary folder, or null when none can be created there.</summary>
    public static SpillFile? TryCreate()
    {
        try
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"formatter-spill-{Guid.NewGuid():N}.tmp");
            var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows()) File.Delete(path);
            return new SpillFile(file, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Appends <paramref name="bytes"/> and returns where they are.</summary>
    public (long Offset, int Length) Append(ReadOnlySpan<byte> bytes)
    {
        lock (_writing)
        {
            if (_pendingLength + bytes.Length > _pending.Length) Flush();
            var offset = _written + _pendingLength;
            if (bytes.Length > _pending.Length)
            {
                RandomAccess.Write(_file, bytes, _written);
                Volatile.Write(ref _written, _written + bytes.Length);
            }
            else
            {
                bytes.CopyTo(_pending.AsSpan(_pendingLength));
                _pendingLength += bytes.Length;
            }
            return (offset, bytes.Length);
        }
    }

    /// <summary>
    /// The bytes at <paramref name="offset"/>, in a per-thread buffer that the next read on the thread overwrites.
    /// </summary>
    public byte[] Read(long offset, int length)
    {
        var buffer = t_readBuffer;
        if (buffer is null || buffer.Length < length) t_readBuffer = buffer = new byte[Math.Max(length, 4096)];
        // Bytes still in the write buffer are written first; reads of what is already in the file need no lock.
        if (offset + length > Volatile.Read(ref _written)) lock (_writing) Flush();
        var read = RandomAccess.Read(_file, buffer.AsSpan(0, length), offset);
        if (read != length) throw new IOException($"the temporary spill file ended early ({read} of {length} bytes at {offset})");
        return buffer;
    }

    private void Flush()
    {
        if (_pendingLength == 0) return;
        RandomAccess.Write(_file, _pending.AsSpan(0, _pendingLength), _written);
        Volatile.Write(ref _written, _written + _pendingLength);
        _pendingLength = 0;
    }
}
