using Formatter.Core.Readers.BibTex;
using Formatter.Diagnostics;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Readers;

public class BibTexReaderTests
{
    private static readonly BibTexReader Reader = new();

    private static Record One(string bib)
    {
        var result = Reader.Read("t.bib", bib);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return Assert.Single(result.Records);
    }

    [Theory]
    [InlineData("article", "article-journal")]
    [InlineData("ARTICLE", "article-journal")]
    [InlineData("inproceedings", "paper-conference")]
    [InlineData("incollection", "chapter")]
    [InlineData("inbook", "chapter")]
    [InlineData("phdthesis", "thesis")]
    [InlineData("techreport", "report")]
    [InlineData("misc", "document")]
    [InlineData("online", "webpage")]
    [InlineData("proceedings", "book")]
    [InlineData("unpublished", "manuscript")]
    public void Entry_types_become_csl_types(string entryType, string cslType) =>
        Assert.Equal(cslType, One($"@{entryType}{{k, title = {{T}}}}").Type);

    [Fact]
    public void Key_is_id_and_citation_key_and_fields_map_to_csl_variables()
    {
        var record = One("""
            @article{smith:2020/a+b,
              author = {Smith, John},
              title = {A Title},
              journal = {Journal of Things},
              volume = 12, number = {3},
              pages = {10--20},
              year = {2020},
              doi = {https://doi.org/10.1000/xyz},
              issn = {1234-5678},
              url = {https://example.org/~user/a_b},
            }
            """);
        Assert.Equal("smith:2020/a+b", record.Id);
        Assert.Equal("smith:2020/a+b", record.Field("citation-key"));
        Assert.Equal("Journal of Things", record.Field("container-title"));
        Assert.Equal("3", record.Field("issue"));
        Assert.Equal("10–20", record.Field("page"));
        Assert.Equal("10.1000/xyz", record.Field("DOI"));
        Assert.Equal("https://example.org/~user/a_b", record.Field("URL"));
        Assert.Equal(new DatePart(2020), record.Date("issued")!.Start);
    }

    [Fact]
    public void Biblatex_fields_date_journaltitle_location_institution_eprint_urldate()
    {
        var record = One("""
            @report{r, title = {R}, institution = {Inst}, location = {Oslo}, date = {2019-04-02},
              urldate = {2020-01-05}, eprint = {31415}, eprinttype = {pubmed}, journaltitle = {J}}
            """);
        Assert.Equal("Inst", record.Field("publisher"));
        Assert.Equal("Oslo", record.Field("publisher-place"));
        Assert.Equal(new DatePart(2019, 4, 2), record.Date("issued")!.Start);
        Assert.Equal(new DatePart(2020, 1, 5), record.Date("accessed")!.Start);
        Assert.Equal("31415", record.Field("PMID"));
        Assert.Equal("J", record.Field("container-title"));
    }

    [Fact]
    public void Location_with_an_address_is_the_event_place()
    {
        var record = One("@inproceedings{p, title={P}, address={New York}, location={San Jose}}");
        Assert.Equal("New York", record.Field("publisher-place"));
        Assert.Equal("San Jose", record.Field("event-place"));
    }

    [Fact]
    public void Fjournal_is_the_container_title_and_journal_its_short_form()
    {
        var record = One("@article{a, journal={Adv. Math.}, fjournal={Advances in Mathematics}}");
        Assert.Equal("Advances in Mathematics", record.Field("container-title"));
        Assert.Equal("Adv. Math.", record.Field("container-title-short"));
    }

    [Fact]
    public void String_macros_concatenation_and_month_macros()
    {
        var record = One("""
            @string{ACM = "Association for " # "Computing Machinery"}
            @String(first = "Ada")
            @preamble{ "\newcommand{\x}{y}" }
            @comment{ anything @here }
            @book{b, publisher = ACM, author = first # " Lovelace", title = {T}, year = 1843, month = oct}
            """);
        Assert.Equal("Association for Computing Machinery", record.Field("publisher"));
        Assert.Equal("Lovelace", record.NameList("author")[0].Family);
        Assert.Equal(new DatePart(1843, 10), record.Date("issued")!.Start);
    }

    [Theory]
    [InlineData("{December}", 12)]
    [InlineData("\"Mar.\"", 3)]
    [InlineData("{6}", 6)]
    [InlineData("jun", 6)]
    public void Month_as_text_number_or_macro(string month, int expected) =>
        Assert.Equal(expected, One($"@misc{{m, year = 2001, month = {month}, day = 9}}").Date("issued")!.Start!.Value.Month);

    [Fact]
    public void Day_field_completes_the_date() =>
        Assert.Equal(new DatePart(2021, 6, 18), One("@misc{m, year = 2021, month = jun, day = 18}").Date("issued")!.Start);

    [Fact]
    public void Crossref_inherits_missing_fields_and_the_parent_title_as_book_title()
    {
        var result = Reader.Read("c.bib", """
            @inproceedings{child, title = {Paper}, crossref = {parent}, pages = {1--2}}
            @proceedings{parent, title = {Proceedings of X}, editor = {Ed, Ann}, year = 2006, publisher = {P}}
            """);
        var child = result.Records[0];
        Assert.Equal("Paper", child.Field("title"));
        Assert.Equal("Proceedings of X", child.Field("container-title"));
        Assert.Equal("Ed", child.NameList("editor")[0].Family);
        Assert.Equal(2006, child.Date("issued")!.Year);
        Assert.Equal("P", child.Field("publisher"));
    }

    [Theory]
    [InlineData(@"{\""o}", "ö")]
    [InlineData(@"\""{a}", "ä")]
    [InlineData(@"\'e", "é")]
    [InlineData(@"{\'{\i}}", "í")]
    [InlineData(@"{\ss}", "ß")]
    [InlineData(@"{\ae}{\dh}{\th}{\l}", "æðþł")]
    [InlineData(@"{\v{s}}{\H o}{\.z}{\c c}{\~n}", "šőżçñ")]
    [InlineData(@"\&\%\#\$\_", "&%#$_")]
    [InlineData("a--b---c", "a–b—c")]
    [InlineData("``quoted''", "“quoted”")]
    [InlineData("a~b", "a\u00A0b")]
    [InlineData(@"\textit{it} \textbf{bold} \emph{em}", "<i>it</i> <b>bold</b> <i>em</i>")]
    [InlineData(@"\textsc{Small}", "<span style=\"font-variant:small-caps;\">Small</span>")]
    [InlineData(@"{\it decl} after", "<i>decl</i> after")]
    [InlineData(@"DNA$_{\textrm{2}}$ and $\Sigma^{0}$", "DNA₂ and Σ⁰")]
    [InlineData(@"$4^{\textrm{ème}}$", "4<sup>ème</sup>")]
    [InlineData(@"D\textquotesingle aspremont", "D'aspremont")]
    [InlineData(@"$\backslash$ \textbackslash{}", @"\ \")]
    [InlineData(@"\url{http://x.org/a_b}", "http://x.org/a_b")]
    public void Latex_becomes_unicode_and_markup(string latex, string expected) =>
        Assert.Equal(expected, LatexDecoder.Decode(latex));

    [Fact]
    public void Case_protecting_braces_become_nocase_spans_in_titles_only()
    {
        var record = One(@"@article{a, title = {The {DNA} of {\""O}sterreich and {{NASA}}}, journal = {{IEEE} Trans}, note = {{PMID} is}}");
        Assert.Equal("The <span class=\"nocase\">DNA</span> of Österreich and <span class=\"nocase\">NASA</span>", record.Field("title"));
        Assert.Equal("<span class=\"nocase\">IEEE</span> Trans", record.Field("container-title"));
        Assert.Equal("PMID is", record.Field("note"));
    }

    [Fact]
    public void Whole_title_in_double_braces_is_protected() =>
        Assert.Equal("<span class=\"nocase\">All Protected</span>", One("@misc{a, title = {{All Protected}}}").Field("title"));

    [Fact]
    public void Names_split_on_and_at_depth_zero_with_corporate_literals()
    {
        var names = One("@misc{a, author = {Smith, John and {Barnes and Noble} and Jane Q. Public}}").NameList("author");
        Assert.Equal(3, names.Count);
        Assert.Equal(("Smith", "John"), (names[0].Family, names[0].Given));
        Assert.Equal("Barnes and Noble", names[1].Literal);
        Assert.Equal(("Public", "Jane Q."), (names[2].Family, names[2].Given));
    }

    [Theory]
    [InlineData("von Hicks, III, Michael", "Hicks", "Michael", "von", "III")]
    [InlineData("Ludwig van Beethoven", "Beethoven", "Ludwig", "van", null)]
    [InlineData("Jean de La Fontaine", "La Fontaine", "Jean", "de", null)]
    [InlineData("de la Cruz, Juana", "Cruz", "Juana", "de la", null)]
    [InlineData("American Rights at Work", "Work", "American Rights at", null, null)]
    [InlineData("sudhin jacob", "jacob", "sudhin", null, null)]
    [InlineData(@"Eva H. {\""O}nnud{\'o}ttir", "Önnudóttir", "Eva H.", null, null)]
    [InlineData("Aristotle", "Aristotle", null, null, null)]
    public void Name_parts_first_von_last_jr(string name, string family, string? given, string? particle, string? suffix)
    {
        var parsed = Assert.Single(One($"@misc{{a, author = {{{name}}}}}").NameList("author"));
        Assert.Equal((family, given, particle, suffix), (parsed.Family, parsed.Given, parsed.NonDroppingParticle, parsed.Suffix));
    }

    [Fact]
    public void And_others_ends_the_list_and_is_kept_as_a_flag()
    {
        var result = Reader.Read("t.bib", "@misc{a, author = {Doe, J. and others}}");
        var record = Assert.Single(result.Records);
        Assert.Single(record.NameList("author"));
        Assert.Equal("true", record.Field("author-and-others"));
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Field == "author");
    }

    [Fact]
    public void Unknown_fields_and_types_are_kept()
    {
        var record = One("@gadget{g, title = {T}, mrclass = {05C65}, file = {:a\\_b.pdf:pdf}}");
        Assert.Equal("document", record.Type);
        Assert.Equal("gadget", record.Field("entrytype"));
        Assert.Equal("05C65", record.Field("mrclass"));
        Assert.Equal(":a_b.pdf:pdf", record.Field("file"));
    }

    [Fact]
    public void Note_that_is_only_a_pmid_becomes_pmid() =>
        Assert.Equal("23439512", One("@article{a, note = {{PMID:} 23439512}}").Field("PMID"));

    [Fact]
    public void Language_codes_and_names_become_bcp47()
    {
        Assert.Equal("en", One("@misc{a, language = {eng}}").Field("language"));
        Assert.Equal("de", One("@misc{a, language = {Deutsch}}").Field("language"));
        Assert.Equal("is", One("@misc{a, language = {isl}}").Field("language"));
    }

    [Fact]
    public void Parentheses_comments_quotes_trailing_commas_and_crlf()
    {
        var record = One("% a comment\r\n@Book(b,\r\n  Title = \"Quoted {Value}\", % note\r\n  YEAR = 1999,\r\n)\r\n");
        Assert.Equal("Quoted <span class=\"nocase\">Value</span>", record.Field("title"));
        Assert.Equal(1999, record.Date("issued")!.Year);
    }

    [Fact]
    public void Missing_comma_between_fields_is_a_warning_and_both_fields_are_read()
    {
        var result = Reader.Read("t.bib", "@misc{a, title = {T}\n year = 2000}");
        var record = Assert.Single(result.Records);
        Assert.Equal(2000, record.Date("issued")!.Year);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Field == "year");
    }

    [Fact]
    public void A_syntax_error_names_file_line_column_key_and_skips_only_that_entry()
    {
        var result = Reader.Read("refs.bib", "@misc{ok1, title = {A}}\n@misc{bad, title = {B} year = }\n@misc{ok2, title = {C}}\n");
        Assert.Equal(["ok1", "ok2"], result.Records.Select(r => r.Id));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(new SourceLocation("refs.bib", 2, 31), error.Location);
        Assert.Equal("bad", error.RecordId);
        Assert.StartsWith("refs.bib:2:31: error: [bad] year:", error.ToString());
    }

    [Fact]
    public void An_unclosed_brace_is_reported_where_the_value_opens_and_later_entries_are_read()
    {
        var result = Reader.Read("u.bib", "@misc{bad, title = {Open\n}\n\n@misc{next, title = {N}}\n");
        Assert.Equal("next", Assert.Single(result.Records).Id);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((1, 20), (error.Location!.Value.Line, error.Location!.Value.Column));
    }

    [Fact]
    public void Duplicate_keys_get_unique_ids_and_a_warning()
    {
        var result = Reader.Read("d.bib", "@misc{k, title={A}}\n@misc{k, title={B}}");
        Assert.Equal(["k", "k-2"], result.Records.Select(r => r.Id));
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Undefined_macro_keeps_its_name_with_a_warning()
    {
        var result = Reader.Read("m.bib", "@misc{a, publisher = UNDEFINED}");
        Assert.Equal("UNDEFINED", Assert.Single(result.Records).Field("publisher"));
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("macro", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mastersthesis", "Master's Thesis")]
    [InlineData("phdthesis", "PhD Thesis")]
    public void Thesis_types_imply_a_genre(string entryType, string genre) =>
        Assert.Equal(genre, One($"@{entryType}{{t, title = {{T}}, school = {{U}}}}").Field("genre"));

    [Fact]
    public void Thesis_type_field_wins_over_the_implied_genre() =>
        Assert.Equal("Diplomarbeit", One("@mastersthesis{t, type = {Diplomarbeit}}").Field("genre"));

    [Fact]
    public void Sniffs_bibtex_content() =>
        Assert.True(Reader.Sniff("x", "\n@article{a, title={T}}") >= 50);
}
