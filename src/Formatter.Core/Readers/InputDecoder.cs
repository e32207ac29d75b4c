using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers;

/// <summary>
/// Turns the bytes of an input file into text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. Invalid UTF-8
/// and binary content (NUL characters) give an error naming the file, line and byte offset; nothing throws.
/// </summary>
internal static class InputDecoder
{
    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="fileName"/>.</summary>
    public static DecodedInput Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DecodeUtf8(fileName, bytes, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return DecodeUtf16(fileName, bytes[2..], bigEndian: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return DecodeUtf16(fileName, bytes[2..], bigEndian: true);
        return DecodeUtf8(fileName, bytes, 0);
    }

    private static DecodedInput DecodeUtf8(string fileName, ReadOnlySpan<byte> bytes, int bomLength)
    {
        var body = bytes[bomLength..];
        if (Utf8.IsValid(body)) return CheckBinary(fileName, Encoding.UTF8.GetString(body));
        // Invalid input is rare: find the first bad byte to name its line (the text itself is not needed).
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var consumed = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(body[consumed..], buffer, out var bytesRead, out _, replaceInvalidSequences: false);
                consumed += bytesRead;
                if (status != OperationStatus.DestinationTooSmall) break;
            }
            var offset = bomLength + consumed;
            var line = LineMap.ForBytes(bytes).LineOf(offset);
            var message = $"not UTF-8 text: invalid byte 0x{bytes[offset]:X2} at line {line} (byte offset {offset}); "
                + "re-save the file as UTF-8";
            return Failed(fileName, message, line, 0);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static DecodedInput DecodeUtf16(string fileName, ReadOnlySpan<byte> body, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return CheckBinary(fileName, encoding.GetString(body));
        }
        catch (DecoderFallbackException)
        {
            var name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
            return Failed(fileName, $"invalid {name} text (the BOM says {name}); re-save the file as UTF-8", 1, 0);
        }
    }

    private static DecodedInput CheckBinary(string fileName, string text)
    {
        var nul = text.IndexOf('\0');
        if (nul < 0) return new DecodedInput(text, null);
        var map = LineMap.ForText(text);
        var line = map.LineOf(nul);
        var column = nul - map.StartOf(line) + 1;
        return Failed(fileName, $"binary content: NUL character at line {line}, column {column}; the file is not a text document", line, column);
    }

    private static DecodedInput Failed(string fileName, string message, int line, int column) =>
        new(null, new Diagnostic(DiagnosticSeverity.Error, message) { Location = new SourceLocation(fileName, line, column) });
}
