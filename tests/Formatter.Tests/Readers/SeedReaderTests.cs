using Formatter.Core.Readers.Seed;
using Formatter.Diagnostics;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Readers;

public class SeedReaderTests
{
    private static Record ReadOne(string text, string fileName = "page-7.txt")
    {
        var result = new SeedReader().Read(fileName, text);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Records);
    }

    [Fact]
    public void Labels_with_and_without_space_CRLF_BOM_and_no_final_newline()
    {
        var text = "\uFEFFA Title: With Subtitle\r\n\r\nBibliographic Details\r\nMain Author:Albinus, Lars\r\nFormat: Article\r\nLanguage:Danish\r\nSeries:Some Journal\r\nISSN: 1904-8181";
        var record = ReadOne(text);
        Assert.Equal("page-7", record.Id);
        Assert.Equal("article-journal", record.Type);
        Assert.Equal("A Title: With Subtitle", record.Field("title"));
        Assert.Equal("Albinus", record.NameList("author").Single().Family);
        Assert.Equal("da", record.Field("language"));
        Assert.Equal("Some Journal", record.Field("container-title"));
        Assert.Equal("1904-8181", record.Field("ISSN"));
        Assert.Equal(new SourceLocation("page-7.txt", 1), record.Source);
    }

    [Fact]
    public void Summary_paragraph_and_full_description_link_are_skipped_and_summary_row_is_the_abstract()
    {
        var record = ReadOne("Title\n\nA short summary...\n\nFull description\n\nBibliographic Details\nFormat: Book\nDescription\nSummary: The long summary.\n");
        Assert.Equal("Title", record.Field("title"));
        Assert.Equal("The long summary.", record.Field("abstract"));
    }

    [Fact]
    public void Continuation_lines_belong_to_the_row_above()
    {
        var record = ReadOne("T\nBibliographic Details\nFormat: Book\nOnline Access: Full text\nhttps://example.org/a\nhttps://doi.org/10.1/x\nDescription\nISBN: 9783406719325 (hardcover : alk. paper)\n3406719324\nDOI: 10.1/x\n");
        Assert.Equal("https://example.org/a", record.Field("URL"));
        Assert.Equal("9783406719325, 3406719324", record.Field("ISBN"));
        Assert.Equal("10.1/x", record.Field("DOI"));
    }

    [Fact]
    public void A_link_text_alone_gives_no_URL() =>
        Assert.Null(ReadOne("T\nBibliographic Details\nFormat: Report\nOnline Access: Connect to this resource online\n").Field("URL"));

    [Fact]
    public void Series_of_a_book_gives_collection_title_and_number()
    {
        var record = ReadOne("T\nBibliographic Details\nFormat: Book\nSeries: Azgayin matenadaran ; 3\nEdition: 2-е изд.\nPhysical Description: xx, 404 S.\n");
        Assert.Equal("Azgayin matenadaran", record.Field("collection-title"));
        Assert.Equal("3", record.Field("collection-number"));
        Assert.Equal("2-е изд.", record.Field("edition"));
        Assert.Equal("xx, 404", record.Field("number-of-pages"));
        Assert.Null(record.Field("container-title"));
    }

    [Fact]
    public void IxTheo_in_and_year_rows()
    {
        var record = ReadOne("T\nBibliographic Details\nFormat: Print Article\nIn: Quaderni\nYear: 2019, Volume: 22, Issue: 2, Pages: 237-265\n");
        Assert.Equal("Quaderni", record.Field("container-title"));
        Assert.Equal(("22", "2", "237-265"), (record.Field("volume"), record.Field("issue"), record.Field("page")));
        Assert.Equal(2019, record.Date("issued")!.Year);
    }

    [Fact]
    public void Names_keep_text_order_main_corporate_other_and_roles_pick_the_variable()
    {
        var record = ReadOne("T\nBibliographic Details\nMain Author: Barrette, Pierre\nCorporate Author: Conference of Microcomputers, Inc.\nOther Authors: Kühling, Jürgen (Editor), Bob Smith\nFormat: Conference Proceeding\n");
        Assert.Equal("paper-conference", record.Type);
        var authors = record.NameList("author");
        Assert.Equal(["Barrette", null, "Smith"], authors.Select(a => a.Family));
        Assert.Equal("Conference of Microcomputers, Inc.", authors[1].Literal);
        Assert.Equal("Kühling", record.NameList("editor").Single().Family);
    }

    [Theory]
    [InlineData("Physical Description: 1 online resource (266 pages)", "266")]
    [InlineData("Physical Description: 824 с.", "824")]
    [InlineData("Physical Description: xii, 345 p. : ill. ; 24 cm", "xii, 345")]
    public void Pagination_without_unit(string row, string pages) =>
        Assert.Equal(pages, ReadOne($"T\nBibliographic Details\nFormat: Book\n{row}\n").Field("number-of-pages"));

    [Fact]
    public void Subjects_become_keywords_and_ignored_rows_are_ignored()
    {
        var record = ReadOne("T\nSaved in:\nBibliographic Details\nFormat: Book\nSubjects: History\nPolitics > Russia\nTags: No Tags, Be the first to tag this record!\nFernleihe: Ja\n");
        Assert.Equal("History, Politics > Russia", record.Field("keyword"));
        Assert.Equal(["title", "keyword"], record.Fields.Keys);
    }

    [Fact]
    public void Unknown_language_and_format_give_warnings_with_lines()
    {
        var result = new SeedReader().Read("p.txt", "T\nBibliographic Details\nFormat: Hologram\nLanguage: Klingon\n");
        var record = Assert.Single(result.Records);
        Assert.Equal("document", record.Type);
        Assert.Null(record.Field("language"));
        Assert.Equal([3, 4], result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Location!.Value.Line));
    }

    [Fact]
    public void A_control_character_in_a_value_is_reported_with_line_and_column()
    {
        var result = new SeedReader().Read("p.txt", "T\nBibliographic Details\nFormat: Book\nLanguage:Eng\0lish\n");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceLocation("p.txt", 4, 13), warning.Location);
        Assert.Null(result.Records.Single().Field("language"));
    }

    [Theory]
    [InlineData("", "empty document")]
    [InlineData("  \n\t\r\n", "empty document")]
    [InlineData("Only a title\n", "no 'Bibliographic Details'")]
    [InlineData("Bibliographic Details\nFormat: Book\n", "missing title")]
    [InlineData("<!DOCTYPE html>\n<html>", "HTML")]
    [InlineData("<HTML lang=\"en\">", "HTML")]
    [InlineData("  <?xml version=\"1.0\"?>", "HTML")]
    [InlineData("<!-- saved page -->", "HTML")]
    [InlineData("<Title in angle brackets>\n", "no 'Bibliographic Details'")]
    public void Unreadable_pages_give_one_error(string text, string message)
    {
        var result = new SeedReader().Read("p.txt", text);
        Assert.Empty(result.Records);
        Assert.Contains(message, Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sniff_recognises_catalogue_pages_only()
    {
        var reader = new SeedReader();
        Assert.True(reader.Sniff("x", "T\nBibliographic Details\nFormat: Book\n") >= 60);
        Assert.Equal(0, reader.Sniff("x", "[{\"id\": \"a\", \"type\": \"book\"}]"));
    }
}
