using Formatter.Core.Readers.Ris;
using Formatter.Diagnostics;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Readers;

public class RisReaderTests
{
    private static readonly RisReader Reader = new();

    private static Record One(string ris) => Assert.Single(Reader.Read("t.ris", ris).Records);

    [Fact]
    public void A_journal_article_with_the_common_tags()
    {
        var record = One("""
            TY  - JOUR
            AU  - Light, Janice
            A1  - McNaughton, David
            TI  - A title
            T2  - Augmentative and Alternative Communication
            JO  - Augment Altern Commun
            VL  - 30
            IS  - 2
            SP  - 99
            EP  - 105
            PY  - 2014
            DA  - 2014/06/01
            Y2  - 2014/12/17
            SN  - 0743-4618
            DO  - 10.3109/07434618.2014.906498
            UR  - http://example.org/a
            PB  - Informa
            CY  - London
            LA  - eng
            AB  - Abstract text.
            KW  - one
            KW  - two
            N1  - A note
            ER  - 
            """);
        Assert.Equal("article-journal", record.Type);
        Assert.Equal(["Light", "McNaughton"], record.NameList("author").Select(n => n.Family));
        Assert.Equal("Augmentative and Alternative Communication", record.Field("container-title"));
        Assert.Equal("Augment Altern Commun", record.Field("container-title-short"));
        Assert.Equal("99-105", record.Field("page"));
        Assert.Equal(new DatePart(2014, 6, 1), record.Date("issued")!.Start);
        Assert.Equal(new DatePart(2014, 12, 17), record.Date("accessed")!.Start);
        Assert.Equal("0743-4618", record.Field("ISSN"));
        Assert.Equal("10.3109/07434618.2014.906498", record.Field("DOI"));
        Assert.Equal(("Informa", "London"), (record.Field("publisher"), record.Field("publisher-place")));
        Assert.Equal("en", record.Field("language"));
        Assert.Equal("Abstract text.", record.Field("abstract"));
        Assert.Equal("one, two", record.Field("keyword"));
        Assert.Equal("A note", record.Field("note"));
    }

    [Fact]
    public void One_space_dialect_crlf_wrapped_values_and_er_without_space()
    {
        var record = One("TY - JOUR\r\nTI - A title that\r\ncontinues here\r\nJO - J.Short\r\nER -\r\n");
        Assert.Equal("A title that continues here", record.Field("title"));
        Assert.Equal("J.Short", record.Field("container-title"));
        Assert.Equal("J.Short", record.Field("container-title-short"));
    }

    [Theory]
    [InlineData("2020/05/17/", 2020, 5, 17)]
    [InlineData("1990/2/27", 1990, 2, 27)]
    [InlineData("2009///", 2009, null, null)]
    [InlineData("2014-06-01", 2014, 6, 1)]
    public void Dates(string value, int year, int? month, int? day) =>
        Assert.Equal(new DatePart(year, month, day), One($"TY  - JOUR\nPY  - {value}\nER  - \n").Date("issued")!.Start);

    [Fact]
    public void Da_wins_over_y1_and_a_zero_year_gives_no_date()
    {
        Assert.Equal(new DatePart(2014, 6, 1), One("TY  - JOUR\nY1  - 2013\nDA  - 2014/06/01\nER  - \n").Date("issued")!.Start);
        Assert.Null(One("TY  - JOUR\nPY  - 0000\nER  - \n").Date("issued"));
    }

    [Theory]
    [InlineData("Baldwin,S.A.", "Baldwin", "S.A.", null, null, null)]
    [InlineData("KONING, A. P. JASON de", "KONING", "A. P. JASON", "de", null, null)]
    [InlineData("van Gogh, Vincent", "Gogh", "Vincent", null, "van", null)]
    [InlineData("King, Martin Luther, Jr.", "King", "Martin Luther", null, null, "Jr.")]
    public void Names(string value, string family, string given, string? dropping, string? nonDropping, string? suffix)
    {
        var name = Assert.Single(One($"TY  - JOUR\nAU  - {value}\nER  - \n").NameList("author"));
        Assert.Equal((family, given, dropping, nonDropping, suffix), (name.Family, name.Given, name.DroppingParticle, name.NonDroppingParticle, name.Suffix));
    }

    [Fact]
    public void A_name_without_a_comma_is_a_literal() =>
        Assert.Equal("World Health Organization", Assert.Single(One("TY  - RPRT\nAU  - World Health Organization\nER  - \n").NameList("author")).Literal);

    [Theory]
    [InlineData("BOOK", "978-3-16-148410-0", "ISBN")]
    [InlineData("JOUR", "1755-0998", "ISSN")]
    [InlineData("BOOK", "Some text", "ISBN")]
    [InlineData("JOUR", "Some text", "ISSN")]
    public void Sn_is_an_isbn_or_an_issn_by_shape_then_type(string type, string value, string variable) =>
        Assert.Equal(value, One($"TY  - {type}\nSN  - {value}\nER  - \n").Field(variable));

    [Fact]
    public void Editors_series_and_type_specific_tags()
    {
        var chapter = One("TY  - CHAP\nTI  - Ch\nA2  - Ed, Ann\nA3  - Series, Sam\nT2  - Book\nT3  - Series\nER  - \n");
        Assert.Equal("chapter", chapter.Type);
        Assert.Equal("Ed", chapter.NameList("editor")[0].Family);
        Assert.Equal("Series", chapter.NameList("collection-editor")[0].Family);
        Assert.Equal(("Book", "Series"), (chapter.Field("container-title"), chapter.Field("collection-title")));
        var bill = One("TY  - BILL\nTI  - Act\nVL  - H.R. 1\nSP  - 12\nCY  - Code\nER  - \n");
        Assert.Equal(("H.R. 1", "12", "Code"), (bill.Field("number"), bill.Field("section"), bill.Field("container-title")));
        var thesis = One("TY  - THES\nA3  - Sup, Sue\nSP  - 240\nER  - \n");
        Assert.Equal("Sup", thesis.NameList("contributor")[0].Family);
        Assert.Equal("240", thesis.Field("number-of-pages"));
    }

    [Fact]
    public void Jour_m1_is_the_issue_when_there_is_no_is() =>
        Assert.Equal("9999", One("TY  - JOUR\nM1  - 9999\nER  - \n").Field("issue"));

    [Fact]
    public void Unknown_tags_are_kept_and_repeated_values_joined()
    {
        var record = One("TY  - JOUR\nAD  - Place one\nAD  - Place two\nZZ  - odd\nL1  - a.pdf\nb.pdf\nER  - \n");
        Assert.Equal("Place one\nPlace two", record.Field("AD"));
        Assert.Equal("odd", record.Field("ZZ"));
        Assert.Equal("a.pdf\nb.pdf", record.Field("L1"));
    }

    [Fact]
    public void Several_records_blank_lines_and_ids()
    {
        var result = Reader.Read("refs.ris", "TY  - JOUR\nID  - r1\nTI  - A\nER  - \n\n\nTY  - BOOK\nTI  - B\nER  - \n");
        Assert.Equal(["r1", "refs-2"], result.Records.Select(r => r.Id));
        Assert.Equal(new SourceLocation("refs.ris", 7, 1), result.Records[1].Source);
    }

    [Fact]
    public void Tags_outside_a_record_are_an_error_and_skipped_and_the_rest_is_read()
    {
        var result = Reader.Read("x.ris", "TI  - orphan\nER  - \nTY  - JOUR\nTI  - Kept\nER  - \n");
        Assert.Equal("Kept", Assert.Single(result.Records).Field("title"));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(new SourceLocation("x.ris", 1, 1), error.Location);
    }

    [Fact]
    public void A_missing_er_is_a_warning_and_both_records_are_kept()
    {
        var result = Reader.Read("x.ris", "TY  - JOUR\nTI  - A\nTY  - JOUR\nTI  - B\n");
        Assert.Equal(2, result.Records.Count);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Unknown_type_is_a_document_and_keeps_ty()
    {
        var record = One("TY  - WHATEVER\nTI  - T\nER  - \n");
        Assert.Equal("document", record.Type);
        Assert.Equal("WHATEVER", record.Field("TY"));
    }

    [Fact]
    public void Sniffs_ris_content() => Assert.True(Reader.Sniff("x", "\uFEFFTY  - JOUR\nER  - \n") >= 90);
}
