using System.Text.Json;
using Formatter.Core.Styles;

namespace Formatter.Tests.Styles;

/// <summary>The manifest reader: the same manifest as System.Text.Json's serializer gives, and errors at their place.</summary>
public sealed class StyleManifestParserTests
{
    private static readonly JsonSerializerOptions Serializer = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static TheoryData<string> ShippedManifests()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "styles"), "style.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(SharedData.RepoRoot, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedManifests))]
    public void A_shipped_manifest_reads_as_the_serializer_reads_it(string file)
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepoRoot, file));
        AssertReadsAsTheSerializer(text);
    }

    [Fact]
    public void Escapes_numbers_nested_unknown_values_and_block_comments_read_as_the_serializer_reads_them()
    {
        const string json = """
            /* a block
               comment */ {
              "id": "x\u00e9\"q\" \\ \/ \n\t\uD83D\uDE00 –",
              "unknown": [1, -2.5e3, true, false, null, {"a": [ ]}, "s"],
              "templates": { "bibliography": "b.sbn" /* after a value */ },
              "names": { "list": { "and": "symbol" }, "empty": { } },
              "passes": [ "sort", "year-suffix", ],
              "variants": [ { "id": "v", "options": { "sort": "none" }, "aliases": ["w"] } ]
            }
            """;
        AssertReadsAsTheSerializer(json);
    }

    private static void AssertReadsAsTheSerializer(string text)
    {
        var expected = JsonSerializer.Deserialize<StyleManifest>(text, Serializer);
        var actual = StyleManifestParser.Parse(text);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }

    [Fact]
    public void Comments_trailing_commas_a_byte_order_mark_and_unknown_keys_are_accepted()
    {
        const string json = """
            // a comment
            { "id": "x", "colour": { "deep": [1, {"a": null}] }, "templates": { "bibliography": "b.sbn", },
              "variants": [ { "id": "x-1", "passes": null, "extra": true }, ], }
            """;
        var manifest = StyleManifestParser.Parse("\uFEFF" + json);
        Assert.Equal("x", manifest.Id);
        Assert.Equal("b.sbn", manifest.Templates["bibliography"]);
        var variant = Assert.Single(manifest.Variants);
        Assert.Equal("x-1", variant.Id);
        Assert.Null(variant.Passes);
    }

    [Theory]
    [InlineData("{\n  \"id\": \"x\",\n  \"templates\": {\n    \"bibliography\": 5 }\n}", "$.templates.bibliography", 3, 20)]
    [InlineData("{\n  \"passes\": [\"sort\", false]\n}", "$.passes[1]", 1, 21)]
    [InlineData("{\n  \"variants\": [ { \"options\": [] } ]\n}", "$.variants[0].options", 1, 29)]
    [InlineData("{ \"names\": { \"list\": \"all\" } }", "$.names.list", 0, 21)]
    public void A_value_of_the_wrong_kind_names_its_path_line_and_column(string json, string path, int line, int column)
    {
        var error = Assert.Throws<JsonException>(() => StyleManifestParser.Parse(json));
        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(column, error.BytePositionInLine);
        Assert.StartsWith(path + " must be ", error.Message);
    }

    [Theory]
    [InlineData("{ \"id\": \"x\" } trailing")]
    [InlineData("{ \"id\": ")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{ \"id\": \"x\" \"title\": \"y\" }")]
    [InlineData("{ \"id\": \"x\", , }")]
    [InlineData("{ \"id\": \"bad \\q escape\" }")]
    [InlineData("{ \"id\": \"unterminated }")]
    [InlineData("{ \"id\": tru }")]
    [InlineData("{ \"id\": \"x\" /* unterminated comment }")]
    [InlineData("{ id: \"x\" }")]
    public void Malformed_text_is_an_error(string json)
    {
        var error = Assert.ThrowsAny<JsonException>(() => StyleManifestParser.Parse(json));
        Assert.NotNull(error.LineNumber);
    }
}
