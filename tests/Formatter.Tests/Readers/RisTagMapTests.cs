using Formatter.Core.Readers.Ris;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Readers;

/// <summary>The per-type meaning of RIS tags (RIS specification, 2011 edition) and the older layout's choices.</summary>
public class RisTagMapTests
{
    private static readonly RisReader Reader = new();

    private static Record One(string type, params string[] tags) =>
        Assert.Single(Reader.Read("t.ris", $"TY  - {type}\n{string.Join("\n", tags)}\nER  - \n").Records);

    [Theory]
    [InlineData("BOOK", "T2  - Series", "collection-title", "Series")]
    [InlineData("BOOK", "M1  - 12", "collection-number", "12")]
    [InlineData("BOOK", "SP  - 345", "number-of-pages", "345")]
    [InlineData("CHAP", "SE  - 7", "chapter-number", "7")]
    [InlineData("CHAP", "IS  - 3", "number-of-volumes", "3")]
    [InlineData("CHAP", "SV  - 4", "collection-number", "4")]
    [InlineData("RPRT", "SN  - TR-2020-17", "number", "TR-2020-17")]
    [InlineData("RPRT", "SN  - 978-3-16-148410-0", "ISBN", "978-3-16-148410-0")]
    [InlineData("RPRT", "T2  - Working papers", "collection-title", "Working papers")]
    [InlineData("PAT", "A2  - European Patent Office", "authority", "European Patent Office")]
    [InlineData("PAT", "M1  - 12/345,678", "call-number", "12/345,678")]
    [InlineData("PAT", "SN  - US 7,654,321", "number", "US 7,654,321")]
    [InlineData("PAT", "PB  - Acme Corp.", "PB", "Acme Corp.")]
    [InlineData("MAP", "C1  - 1:50 000", "scale", "1:50 000")]
    [InlineData("MPCT", "SP  - 97 min", "dimensions", "97 min")]
    [InlineData("JOUR", "ET  - 2020/01/05", "ET", "2020/01/05")]
    [InlineData("JOUR", "C7  - e1234", "number", "e1234")]
    [InlineData("JOUR", "C2  - PMC123456", "PMCID", "PMC123456")]
    [InlineData("THES", "VL  - Ph.D.", "VL", "Ph.D.")]
    [InlineData("THES", "M3  - Doctoral dissertation", "genre", "Doctoral dissertation")]
    [InlineData("MAP", "C3  - 60 x 90 cm", "dimensions", "60 x 90 cm")]
    [InlineData("THES", "T2  - Department of Physics", "T2", "Department of Physics")]
    [InlineData("STAT", "CY  - United States", "jurisdiction", "United States")]
    [InlineData("ELEC", "SP  - 3 screens", "SP", "3 screens")]
    [InlineData("MANSCPT", "T2  - Papers of J. Doe", "archive_collection", "Papers of J. Doe")]
    [InlineData("EJOUR", "C2  - 2020/01/05", "C2", "2020/01/05")]
    [InlineData("BILL", "OP  - Referred to committee", "references", "Referred to committee")]
    public void A_tag_means_what_the_specification_says_for_the_type(string type, string tag, string variable, string value) =>
        Assert.Equal(value, One(type, tag).Field(variable));

    [Theory]
    [InlineData("BOOK", "A2", "collection-editor")]
    [InlineData("BOOK", "A3", "editor")]
    [InlineData("CHAP", "A3", "collection-editor")]
    [InlineData("EDBOOK", "AU", "editor")]
    [InlineData("MPCT", "AU", "director")]
    [InlineData("MPCT", "A3", "producer")]
    [InlineData("VIDEO", "A2", "performer")]
    [InlineData("GEN", "A4", "contributor")]
    [InlineData("ICOMM", "A2", "recipient")]
    public void Name_tags_take_the_role_of_the_type(string type, string tag, string role) =>
        Assert.Equal("Doe", Assert.Single(One(type, $"{tag}  - Doe, Jane").NameList(role)).Family);

    [Fact]
    public void A_name_tag_with_no_csl_role_is_kept_under_its_tag() =>
        Assert.Equal("Doe, Jane", One("CASE", "A4  - Doe, Jane").Field("A4"));

    [Fact]
    public void Date_tags_by_type()
    {
        var online = One("EJOUR", "PY  - 2019", "DA  - 2020/01/05");
        Assert.Equal(new DatePart(2019, null, null), online.Date("issued")!.Start);
        Assert.Equal(new DatePart(2020, 1, 5), online.Date("accessed")!.Start);
        Assert.Equal(new DatePart(1964, 7, 2), One("STAT", "Y2  - 1964/07/02").Date("issued")!.Start);
        Assert.Equal("1-9", One("ELEC", "SP  - 1", "EP  - 9").Field("page"));
    }

    [Fact]
    public void Generic_is_a_journal_article() => Assert.Equal("article-journal", One("GEN", "TI  - T").Type);

    [Fact]
    public void A_conference_paper_in_the_2011_layout_has_the_event_in_cy_and_t2()
    {
        var common = One("CONF", "CY  - New York, NY, USA", "T2  - Proceedings of the Symposium");
        Assert.Equal(("New York, NY, USA", "Proceedings of the Symposium"), (common.Field("publisher-place"), common.Field("container-title")));
        var full = One("CONF", "CY  - Vienna", "T2  - Symposium 2011", "C1  - Berlin", "C3  - Proceedings of the Symposium");
        Assert.Equal(("Vienna", "Symposium 2011"), (full.Field("event-place"), full.Field("event-title")));
        Assert.Equal(("Berlin", "Proceedings of the Symposium"), (full.Field("publisher-place"), full.Field("container-title")));
    }

    [Fact]
    public void A_bill_with_m1_and_se_has_the_code_volume_and_pages_in_vl_and_sp()
    {
        var bill = One("BILL", "VL  - 42", "M1  - H.R. 1", "SP  - 100", "SE  - 3");
        Assert.Equal(("42", "H.R. 1", "100", "3"), (bill.Field("volume"), bill.Field("number"), bill.Field("page"), bill.Field("section")));
    }

    [Fact]
    public void A_monograph_with_its_volume_in_is_has_its_edition_in_vl()
    {
        var older = One("BOOK", "VL  - 2nd", "IS  - 3");
        Assert.Equal(("2nd", "3"), (older.Field("edition"), older.Field("volume")));
        var current = One("BOOK", "VL  - 3", "ET  - 2nd");
        Assert.Equal(("2nd", "3"), (current.Field("edition"), current.Field("volume")));
        var chapter = One("CHAP", "VL  - 2nd", "N1  - Volume ID: 3");
        Assert.Equal(("2nd", "3"), (chapter.Field("edition"), chapter.Field("volume")));
        Assert.Equal("3", One("CHAP", "VL  - 3").Field("volume"));
    }

    [Fact]
    public void Labelled_notes_fill_missing_fields_and_other_notes_stay_notes()
    {
        var record = One("CHAP", "N1  - Series Title: Lecture Notes", "N1  - Notes: see p. 3", "N1  - Place of Publication: Oxford", "CY  - London", "N1  - Record ID: 10");
        Assert.Equal(("Lecture Notes", "London"), (record.Field("collection-title"), record.Field("publisher-place")));
        Assert.Equal("Notes: see p. 3\nPlace of Publication: Oxford\nRecord ID: 10", record.Field("note"));
    }

    [Fact]
    public void Catch_all_tags_only_fill_what_is_missing()
    {
        var record = One("JOUR", "M1  - 9", "IS  - 4");
        Assert.Equal(("4", "9"), (record.Field("issue"), record.Field("M1")));
    }
}
