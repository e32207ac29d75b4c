using Formatter.Core.Api;
using Formatter.Records;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Api;

/// <summary>
/// <see cref="TextWarmUp"/> only meets code and reads word lists ahead of time: what is formatted after it, in every
/// style, is what was formatted before it, and calling it again, from several threads at once, changes nothing.
/// </summary>
public sealed class TextWarmUpTests
{
    [Fact]
    public void Lists_formatted_after_the_warm_up_are_the_lists_formatted_before_it()
    {
        Record[] records =
        [
            Article("a", "The Rise Of Sample Titles In Europe: A Study Of NATO's First Years", "Ada Maria", "123-29"),
            Article("b", "Quoted \"words\" and <i>inline</i> markup in a title", "J. R.", "5-9"),
        ];
        var styles = TestFormatter.Shared.Styles.Select(s => s.Id).ToList();
        var before = styles.Select(style => CitationFormatter.Write(TestFormatter.Shared.Format(records, style), "json")).ToList();

        Parallel.For(0, 4, _ => TextWarmUp.Run());
        TextWarmUp.Run();
        var after = styles.Select(style => CitationFormatter.Write(TestFormatter.Shared.Format(records, style), "json")).ToList();

        Assert.Equal(before, after);
    }

    private static Record Article(string id, string title, string given, string pages) => new()
    {
        Id = id,
        Type = "article-journal",
        Fields = new Dictionary<string, string> { ["title"] = title, ["container-title"] = "Sample Review", ["page"] = pages, ["language"] = "en" },
        Names = new Dictionary<string, IReadOnlyList<Name>> { ["author"] = [new() { Family = "Sample", Given = given }] },
        Dates = new Dictionary<string, DateValue> { ["issued"] = new() { Start = new DatePart(2020, 4, 12) } },
    };
}
