using Formatter.Core.Locales;
using Formatter.Core.Text.Dates;
using Formatter.Records;

namespace Formatter.Tests.Text;

public class DateFormatterTests
{
    private static readonly Locale En = LocaleStore.Default.Get("en");
    private static readonly Locale Ru = LocaleStore.Default.Get("ru");

    [Theory]
    [InlineData("2019-04-12", "2019")]
    [InlineData("2020-11-01", "2020")]
    [InlineData("1907/1908", "1907–1908")]
    [InlineData("2022-06-09/2022-06-11", "2022")]
    [InlineData("2021-12-30/2022-01-02", "2021–2022")]
    [InlineData("~1977", "ca. 1977")]
    [InlineData("-44", "44 BC")]
    [InlineData("-50/-44", "50 BC–44 BC")]
    [InlineData("@[192-?]", "[192-?]")]
    [InlineData("2019/2019", "2019")]
    public void Year(string date, string expected) => Assert.Equal(expected, DateFormatter.Year(TestDates.Parse(date), En));

    [Theory]
    [InlineData("~2010", "ок. 2010")]
    [InlineData("-44", "44 до н. э.")]
    [InlineData("2024-03-01", "2024")]
    public void Year_in_russian(string date, string expected) => Assert.Equal(expected, DateFormatter.Year(TestDates.Parse(date), Ru));

    [Theory]
    [InlineData("2019-04-12", "2019, April 12")]
    [InlineData("2022-06-09/2022-06-11", "2022, June 9–11")]
    [InlineData("2023-01-17", "2023, January 17")]
    [InlineData("2022-05-03", "2022, May 3")]
    [InlineData("2022-06-30/2022-07-02", "2022, June 30–July 2")]
    [InlineData("2021-12-30/2022-01-02", "2021, December 30–2022, January 2")]
    [InlineData("2019-04", "2019, April")]
    [InlineData("2019-04/2019-06", "2019, April–June")]
    [InlineData("2019|1", "2019, Spring")]
    [InlineData("2019", "2019")]
    [InlineData("1907/1908", "1907–1908")]
    [InlineData("2019-13-40", "2019")]
    [InlineData("@Spring term 2020", "Spring term 2020")]
    public void Apa_year_month_day(string date, string expected) =>
        Assert.Equal(expected, DateFormatter.YearMonthDay(TestDates.Parse(date), En));

    [Theory]
    [InlineData("2019-04-12", "April 12, 2019")]
    [InlineData("2022-06-09/2022-06-11", "June 9–11, 2022")]
    [InlineData("2023-01-17", "January 17, 2023")]
    [InlineData("2024-03-02", "March 2, 2024")]
    [InlineData("2022-06-30/2022-07-02", "June 30–July 2, 2022")]
    [InlineData("2021-12-30/2022-01-02", "December 30, 2021–January 2, 2022")]
    [InlineData("2019-04", "April 2019")]
    [InlineData("2019-04/2019-06", "April–June 2019")]
    [InlineData("2019|3", "Fall 2019")]
    [InlineData("2019-04|3", "April 2019")]
    [InlineData("2019", "2019")]
    [InlineData("1907/1908", "1907–1908")]
    [InlineData("~1977-05", "ca. May 1977")]
    public void Chicago_long(string date, string expected) => Assert.Equal(expected, DateFormatter.Long(TestDates.Parse(date), En));

    [Theory]
    [InlineData("2019-04-12", "April 12")]
    [InlineData("2022-06-09/2022-06-11", "June 9–11")]
    [InlineData("2022-06-30/2022-07-02", "June 30–July 2")]
    [InlineData("2019-04", "April")]
    [InlineData("2019", "")]
    public void Month_day(string date, string expected) => Assert.Equal(expected, DateFormatter.MonthDay(TestDates.Parse(date), En));

    [Theory]
    [InlineData("2019-04-12", "ru", "12 апреля")]
    [InlineData("2011-06-12", "ru", "12 июня")]
    [InlineData("2023-01-17", "ru", "17 января")]
    [InlineData("2023-05-05", "ru", "5 мая")]
    [InlineData("2022-04-12/2022-04-13", "ru", "12–13 апреля")]
    [InlineData("2022-04-30/2022-05-02", "ru", "30 апреля–2 мая")]
    [InlineData("2019-04", "ru", "апрель")]
    [InlineData("2019", "ru", "")]
    [InlineData("2019-04-12", "en", "12 April")]
    [InlineData("2019-04-12", "uk", "12 квітня")]
    [InlineData("2019-03-12", "de", "12 März")]
    public void Gost_day_month(string date, string language, string expected) =>
        Assert.Equal(expected, DateFormatter.DayMonth(TestDates.Parse(date), LocaleStore.Default.Get(language)));

    [Theory]
    [InlineData("2022-04-12/2022-04-13", "12–13 апреля 2022")]
    [InlineData("2019-04-12", "12 апреля 2019")]
    [InlineData("2021-12-30/2022-01-02", "30 декабря 2021–2 января 2022")]
    [InlineData("2019-04", "апрель 2019")]
    [InlineData("2019", "2019")]
    public void Day_month_year(string date, string expected) =>
        Assert.Equal(expected, DateFormatter.DayMonthYear(TestDates.Parse(date), Ru));

    [Theory]
    [InlineData("2024-03-01", "01.03.2024")]
    [InlineData("2024-03-15", "15.03.2024")]
    [InlineData("2024-12-02", "02.12.2024")]
    [InlineData("2024-03", "03.2024")]
    [InlineData("2024", "2024")]
    [InlineData("2024-03-01/2024-03-05", "01.03.2024–05.03.2024")]
    [InlineData("@[2010?]", "[2010?]")]
    public void Gost_numeric(string date, string expected) => Assert.Equal(expected, DateFormatter.Numeric(TestDates.Parse(date)));

    [Fact]
    public void Empty_and_null_dates_give_empty_strings()
    {
        Assert.Equal("", DateFormatter.Year(null, En));
        Assert.Equal("", DateFormatter.Long(new DateValue(), En));
        Assert.Equal("", DateFormatter.Numeric(null));
        Assert.Equal("", DateFormatter.DayMonth(new DateValue(), Ru));
    }

    [Fact]
    public void Every_range_uses_the_en_dash() => Assert.Equal("\u2013", DateFormatter.RangeDash);
}
