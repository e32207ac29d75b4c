using System.Buffers.Binary;
using System.Text;

namespace Formatter.Core.Lists;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote with UTF-8 strings (7-bit encoded lengths, little-endian integers)
/// straight from an array: a parked record is decoded each time a pass or the renderer reads it.
/// </summary>
internal sealed class RecordBytesReader(byte[] bytes)
{
    private int _position;

    /// <summary>A length or count written with <see cref="BinaryWriter.Write7BitEncodedInt"/>.</summary>
    public int Read7BitEncodedInt()
    {
        var result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var part = bytes[_position++];
            result |= (part & 0x7F) << shift;
            if (part < 0x80) return result;
        }
    }

    /// <summary>A string written with <see cref="BinaryWriter.Write(string)"/>.</summary>
    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        var text = Encoding.UTF8.GetString(bytes, _position, length);
        _position += length;
        return text;
    }

    /// <summary>A boolean (one byte).</summary>
    public bool ReadBoolean() => bytes[_position++] != 0;

    /// <summary>A 32-bit integer, little-endian.</summary>
    public int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(_position, 4));
        _position += 4;
        return value;
    }
}
