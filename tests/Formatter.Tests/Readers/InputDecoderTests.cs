using System.Text;
using Formatter.Core.Readers;

namespace Formatter.Tests.Readers;

public class InputDecoderTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Text_encodings_with_their_BOMs(string encoding)
    {
        const string text = "Вестник: Ünïcode 测试\n";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
        var decoded = InputDecoder.Decode("f.txt", bytes);
        Assert.True(decoded.Success);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Invalid_UTF8_names_file_line_and_byte_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("line one\nline two \u00e9\n"), 0xC8, 0xE0, 0x0A];
        var decoded = InputDecoder.Decode("cp1251.txt", bytes);
        Assert.False(decoded.Success);
        Assert.Equal("cp1251.txt", decoded.Error!.Location!.Value.File);
        Assert.Equal(3, decoded.Error.Location!.Value.Line);
        Assert.Contains("byte offset 21", decoded.Error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", decoded.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NUL_bytes_are_binary_content()
    {
        var decoded = InputDecoder.Decode("b.bin", Encoding.UTF8.GetBytes("ab\ncd\0ef"));
        Assert.False(decoded.Success);
        Assert.Equal((2, 3), (decoded.Error!.Location!.Value.Line, decoded.Error.Location!.Value.Column));
    }

    [Fact]
    public void Empty_input_is_empty_text() => Assert.Equal("", InputDecoder.Decode("e.txt", []).Text);
}
