using Formatter.Core.Readers.CslJson;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Tests.Readers;

public class CslJsonReaderTests
{
    private static readonly CslJsonReader Reader = new();

    [Fact]
    public void A_single_object_is_one_record()
    {
        var result = Reader.Read("one.json", """{"id": "a", "type": "book", "title": "T"}""");
        Assert.Equal("T", Assert.Single(result.Records).Field("title"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Names_objects_and_plain_strings()
    {
        const string json = """
            [{"id": "a", "type": "book", "author": [
              {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
              {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
              {"family": "King", "given": "Martin Luther", "suffix": "Jr.", "comma-suffix": true},
              {"literal": "World Health Organization"},
              "Plain String Name"]}]
            """;
        var authors = Assert.Single(Reader.Read("n.json", json).Records).NameList("author");
        Assert.Equal("van", authors[0].NonDroppingParticle);
        Assert.Equal("van", authors[1].DroppingParticle);
        Assert.True(authors[2].CommaSuffix);
        Assert.Equal("Jr.", authors[2].Suffix);
        Assert.Equal("World Health Organization", authors[3].Literal);
        Assert.Equal("Plain String Name", authors[4].Literal);
    }

    [Fact]
    public void Dates_parts_strings_ranges_season_circa_literal_and_raw()
    {
        const string json = """
            [{"id": "a", "type": "book",
              "issued": {"date-parts": [["2020", "11", 1], [2021]], "season": 3, "circa": true},
              "accessed": {"raw": "2020-11-01"},
              "submitted": {"raw": "2020"},
              "original-date": {"literal": "[192-?]"},
              "event-date": {"raw": "sometime"}}]
            """;
        var record = Assert.Single(Reader.Read("d.json", json).Records);
        var issued = record.Date("issued")!;
        Assert.Equal(new DatePart(2020, 11, 1), issued.Start);
        Assert.Equal(new DatePart(2021), issued.End);
        Assert.Equal(3, issued.Season);
        Assert.True(issued.Circa);
        Assert.Equal(new DatePart(2020, 11, 1), record.Date("accessed")!.Start);
        Assert.Equal(new DatePart(2020), record.Date("submitted")!.Start);
        Assert.Equal("[192-?]", record.Date("original-date")!.Literal);
        Assert.Equal("sometime", record.Date("event-date")!.Literal);
    }

    [Fact]
    public void Numbers_become_strings_and_unknown_fields_are_kept()
    {
        const string json = """[{"id": 7, "type": "article-journal", "volume": 12, "page": "1-5", "my-flag": true, "custom": {"a": [1, 2]}, "tags": ["x"]}]""";
        var record = Assert.Single(Reader.Read("u.json", json).Records);
        Assert.Equal("7", record.Id);
        Assert.Equal("12", record.Field("volume"));
        Assert.Equal("true", record.Field("my-flag"));
        Assert.Equal("""{"a": [1, 2]}""", record.Extensions["custom"]);
        Assert.Equal("""["x"]""", record.Extensions["tags"]);
    }

    [Fact]
    public void A_syntax_error_names_line_and_column_and_keeps_earlier_records()
    {
        const string json = "[\n  {\"id\": \"a\", \"type\": \"book\"},\n  {\"id\": \"b\", \"type\": \"book\",, }\n]";
        var result = Reader.Read("s.json", json);
        Assert.Equal("a", Assert.Single(result.Records).Id);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation("s.json", 3, 30), error.Location);
    }

    [Fact]
    public void Bad_records_are_reported_and_skipped_the_others_kept()
    {
        const string json = "[\n  42,\n  {\"id\": \"no-type\", \"title\": \"x\"},\n  {\"id\": \"ok\", \"type\": \"book\"}\n]";
        var result = Reader.Read("b.json", json);
        Assert.Equal("ok", Assert.Single(result.Records).Id);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal([2, 3], errors.Select(e => e.Location!.Value.Line));
        Assert.Equal("no-type", errors[1].RecordId);
        Assert.Equal("type", errors[1].Field);
    }

    [Fact]
    public void A_wrong_typed_value_is_reported_with_line_id_and_field_and_kept_raw()
    {
        const string json = "[{\"id\": \"w\", \"type\": \"book\",\n  \"title\": [\"not\", \"a string\"],\n  \"author\": 5}]";
        var result = Reader.Read("w.json", json);
        var record = Assert.Single(result.Records);
        Assert.Null(record.Field("title"));
        Assert.Equal("""["not", "a string"]""", record.Extensions["title"]);
        var warnings = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        Assert.Equal([("title", 2), ("author", 3)], warnings.Select(w => (w.Field!, w.Location!.Value.Line)));
        Assert.All(warnings, w => Assert.Equal("w", w.RecordId));
    }

    [Fact]
    public void A_missing_id_is_generated_from_file_stem_and_index_with_a_warning()
    {
        var result = Reader.Read("dir/refs.json", """[{"type": "book"}, {"type": "book"}]""");
        Assert.Equal(["refs-1", "refs-2"], result.Records.Select(r => r.Id));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(2, result.Diagnostics.Count);
    }

    [Fact]
    public void Source_is_the_line_of_the_opening_brace()
    {
        var result = Reader.Read("l.json", "[\n\n  {\"id\": \"a\",\n \"type\": \"book\"}]");
        Assert.Equal(new SourceLocation("l.json", 3), result.Records.Single().Source);
    }

    [Fact]
    public void Writer_round_trips_names_dates_unknown_fields_and_extensions()
    {
        const string json = """
            [{"id": "a", "type": "chapter", "title": "Über", "author": [{"family": "Gogh", "given": "V.", "non-dropping-particle": "van"}, {"literal": "WHO"}],
              "issued": {"date-parts": [[2020, 2], [2021]], "circa": true}, "original-date": {"literal": "[192-?]"},
              "volume": "3", "x-note": "kept", "custom": {"origin": "head", "n": [1, {"k": null}]}}]
            """;
        var first = Reader.Read("r.json", json).Records;
        var text = new CslJsonRecordWriter().Write(first);
        Assert.Contains("\"Über\"", text, StringComparison.Ordinal);
        var second = Reader.Read("r2.json", text).Records.Single();
        var original = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray()[0]!.AsObject();
        var written = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsArray()[0]!.AsObject();
        Assert.Empty(JsonComparison.Differences(original, written));
        Assert.Equal(first.Single().Fields, second.Fields);
    }
}
