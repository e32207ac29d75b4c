using System.Text;
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
        var bytes = File.ReadAllBytes(Path.Combine(SharedData.RepoRoot, file));
        var expected = JsonSerializer.Deserialize<StyleManifest>(bytes, Serializer);
        var actual = StyleManifestParser.Parse(bytes);
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
        var manifest = StyleManifestParser.Parse([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(json)]);
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
        var error = Assert.Throws<JsonException>(() => StyleManifestParser.Parse(Encoding.UTF8.GetBytes(json)));
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
    public void Malformed_text_is_an_error(string json)
    {
        Assert.ThrowsAny<JsonException>(() => StyleManifestParser.Parse(Encoding.UTF8.GetBytes(json)));
    }
}
