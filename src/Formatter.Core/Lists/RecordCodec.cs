using System.Text;
using Formatter.Core.Readers;
using Formatter.Records;

namespace Formatter.Core.Lists;

/// <summary>
/// A record as a compact byte array (UTF-8 strings with length prefixes) and back: every field, name, date,
/// extension and the source location are kept, so that the decoded record formats exactly as the original.
/// </summary>
internal static class RecordCodec
{
    // One buffer and writer per thread, reused for record after record.
    [ThreadStatic]
    private static BinaryWriter? t_writer;

    /// <summary>The bytes of <paramref name="record"/>.</summary>
    public static byte[] Encode(Record record) => EncodeToBuffer(record).ToArray();

    /// <summary>The bytes of <paramref name="record"/> in a per-thread buffer that the next call on the thread reuses.</summary>
    public static ReadOnlySpan<byte> EncodeToBuffer(Record record)
    {
        var writer = t_writer ??= new BinaryWriter(new MemoryStream(), Encoding.UTF8, leaveOpen: false);
        var stream = (MemoryStream)writer.BaseStream;
        stream.SetLength(0);
        writer.Write(record.Id);
        writer.Write(record.Type);
        WriteStrings(writer, record.Fields);
        writer.Write7BitEncodedInt(record.Names.Count);
        foreach (var (role, names) in record.Names)
        {
            writer.Write(role);
            writer.Write7BitEncodedInt(names.Count);
            foreach (var name in names) WriteName(writer, name);
        }
        writer.Write7BitEncodedInt(record.Dates.Count);
        foreach (var (variable, date) in record.Dates)
        {
            writer.Write(variable);
            WriteDate(writer, date);
        }
        WriteStrings(writer, record.Extensions);
        writer.Write(record.Source.HasValue);
        if (record.Source is { } source)
        {
            writer.Write(source.File);
            writer.Write(source.Line);
            writer.Write(source.Column);
        }
        writer.Flush();
        return stream.GetBuffer().AsSpan(0, (int)stream.Length);
    }

    /// <summary>The record that <paramref name="bytes"/> were encoded from, as a new object.</summary>
    public static Record Decode(byte[] bytes)
    {
        var reader = new RecordBytesReader(bytes);
        return new Record
        {
            Id = reader.ReadString(),
            Type = reader.ReadString(),
            Fields = ReadMap(reader, reader.ReadString),
            Names = ReadMap<IReadOnlyList<Name>>(reader, () => ReadNames(reader)),
            Dates = ReadMap(reader, () => ReadDate(reader)),
            Extensions = ReadMap(reader, reader.ReadString),
            Source = reader.ReadBoolean() ? new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()) : null,
        };
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyDictionary<string, string> map)
    {
        writer.Write7BitEncodedInt(map.Count);
        foreach (var (key, value) in map)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static IReadOnlyDictionary<string, TValue> ReadMap<TValue>(RecordBytesReader reader, Func<TValue> readValue)
    {
        var keys = new string[reader.Read7BitEncodedInt()];
        var values = new TValue[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = reader.ReadString();
            values[i] = readValue();
        }
        return CompactMap<TValue>.From(keys, values);
    }

    private static void WriteName(BinaryWriter writer, Name name)
    {
        WriteOptional(writer, name.Family);
        WriteOptional(writer, name.Given);
        WriteOptional(writer, name.DroppingParticle);
        WriteOptional(writer, name.NonDroppingParticle);
        WriteOptional(writer, name.Suffix);
        WriteOptional(writer, name.Literal);
        writer.Write(name.CommaSuffix);
    }

    private static Name[] ReadNames(RecordBytesReader reader)
    {
        var names = new Name[reader.Read7BitEncodedInt()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = new Name
            {
                Family = ReadOptional(reader),
                Given = ReadOptional(reader),
                DroppingParticle = ReadOptional(reader),
                NonDroppingParticle = ReadOptional(reader),
                Suffix = ReadOptional(reader),
                Literal = ReadOptional(reader),
                CommaSuffix = reader.ReadBoolean(),
            };
        }
        return names;
    }

    private static void WriteDate(BinaryWriter writer, DateValue date)
    {
        WriteOptionalPart(writer, date.Start);
        WriteOptionalPart(writer, date.End);
        WriteOptionalInt(writer, date.Season);
        writer.Write(date.Circa);
        WriteOptional(writer, date.Literal);
    }

    private static DateValue ReadDate(RecordBytesReader reader) => new()
    {
        Start = ReadOptionalPart(reader),
        End = ReadOptionalPart(reader),
        Season = ReadOptionalInt(reader),
        Circa = reader.ReadBoolean(),
        Literal = ReadOptional(reader),
    };

    private static void WriteOptionalPart(BinaryWriter writer, DatePart? part)
    {
        writer.Write(part.HasValue);
        if (part is not { } value) return;
        writer.Write(value.Year);
        WriteOptionalInt(writer, value.Month);
        WriteOptionalInt(writer, value.Day);
    }

    private static DatePart? ReadOptionalPart(RecordBytesReader reader) =>
        reader.ReadBoolean() ? new DatePart(reader.ReadInt32(), ReadOptionalInt(reader), ReadOptionalInt(reader)) : null;

    private static void WriteOptionalInt(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        if (value is { } present) writer.Write(present);
    }

    private static int? ReadOptionalInt(RecordBytesReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? ReadOptional(RecordBytesReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
