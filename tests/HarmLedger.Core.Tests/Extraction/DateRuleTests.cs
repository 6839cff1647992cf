using System.Globalization;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class DateRuleTests
{
    [Theory]
    [InlineData("On 21 March 2020, 3 civilians were killed.", "2020-03-21")]
    [InlineData("On June 26, 2017, 3 civilians were killed.", "2017-06-26")]
    [InlineData("On Saturday, October 7th, 2023, 3 civilians were killed.", "2023-10-07")]
    [InlineData("On the 9th of October 2023, 3 civilians were killed.", "2023-10-09")]
    public void Extract_AbsoluteDate_IsADay(string text, string day)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(DateSpan.Day(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), claim.Date);
    }

    [Theory]
    [InlineData("A strike early Monday killed 3 civilians.", "2017-06-27", "2017-06-26")]
    [InlineData("A strike on Saturday night killed 3 civilians.", "2017-06-27", "2017-06-24")]
    [InlineData("A strike on Monday killed 3 civilians.", "2023-03-01", "2023-02-27")]
    [InlineData("A strike yesterday killed 3 civilians.", "2024-01-01", "2023-12-31")]
    [InlineData("A strike last night killed 3 civilians.", "2024-03-01", "2024-02-29")]
    [InlineData("A strike killed 3 civilians on Monday night, the governor said on Tuesday.", "2024-03-13", "2024-03-11")]
    [InlineData("The toll from Saturday's strike rose to 30 on Sunday.", "2023-01-15", "2023-01-14")]
    [InlineData("A strike two days ago killed 3 civilians.", "2023-03-06", "2023-03-04")]
    [InlineData("A strike on December 30 killed 3 civilians.", "2023-01-02", "2022-12-30")]
    [InlineData("A strike on 2023-03-03 killed 3 civilians.", "2023-03-06", "2023-03-03")]
    [InlineData("A strike on 25/2/2023 killed 3 civilians.", "2023-03-06", "2023-02-25")]
    [InlineData("KYIV, March 13 (Reuters) - A strike on Monday killed 3 civilians.", "2024-03-13", "2024-03-11")]
    [InlineData("The army acknowledged on Saturday that its strike on March 17 killed 3 civilians.", "2017-03-25", "2017-03-17")]
    public void Extract_DateInText_ResolvesAgainstPublication(string text, string published, string day)
    {
        var claim = Extract.Incident(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateSpan.Day(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), claim.Date);
    }

    [Theory]
    [InlineData("Russian Military in Syria – July 22nd 2019, Idlib city.\n\nUp to 13 civilians died when airstrikes hit a block on Monday morning.", "2019-08-02", "2019-07-22")]
    [InlineData("Israeli Military in Lebanon – September 23rd 2024, Tyre.\n\nFive civilians were killed when a strike hit their flat on Monday afternoon.", "2024-10-15", "2024-09-23")]
    [InlineData("KYIV, March 3 (Reuters) - A missile killed 5 people on Monday.", "2023-03-03", "2023-02-27")]
    public void Extract_WeekdayUnderAHeadingsDay_CountsBackFromTheHeading(string text, string published, string day)
    {
        var claim = Extract.Incident(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), claim.Date?.Start);
    }

    [Fact]
    public void Extract_WeekdayInAWireLead_IsNoHeadingForTheNextParagraph()
    {
        var claims = Extract.Claims(
            "SRINAGAR, Oct 26 (Reuters) - Militants opened fire on labourers in Kupwara town on Thursday night, killing two workers, police said.\n\n" +
            "In a separate incident on Friday, security forces said they had killed two militants in a gunfight.",
            new DateOnly(2024, 10, 26));

        Assert.Equal(2, claims.Count);
        Assert.Equal(new DateOnly(2024, 10, 24), claims[0].Date?.Start);
        Assert.Equal(new DateOnly(2024, 10, 25), claims[1].Date?.Start);
    }

    [Fact]
    public void Extract_DatelessLead_TakesTheDayTheNextParagraphTells()
    {
        var claim = Extract.Incident(
            "YANGON, Sept 15 (AFP) - A military air strike on a village killed at least 11 people, including four children, a resident told AFP.\n\n" +
            "The strike hit the village, a few kilometres outside the town, around noon on Saturday, residents said.",
            new DateOnly(2024, 9, 15));

        Assert.Equal(new DateOnly(2024, 9, 14), claim.Date?.Start);
    }

    [Theory]
    [InlineData("Violations Documentation Center in Syria — daily summary, Saturday 16 February 2013. The Center recorded 27 deaths across Idlib governorate today.")]
    [InlineData("Ministry of Defence briefing, 16 February 2013\n\nThe forces today struck a depot, killing 27 fighters.")]
    public void Extract_TodayUnderADatedHeading_IsTheHeadingsDay(string text)
    {
        var claim = Extract.Incident(text, new DateOnly(2013, 2, 17));

        Assert.Equal(new DateOnly(2013, 2, 16), claim.Date?.Start);
    }

    [Fact]
    public void Extract_DayAFightEndedUntil_IsNotTheAttacksDay()
    {
        var claim = Extract.Incident(
            "On 28 May 2020, militants stormed the town. Fighting continued until 30 May. Local sources report that the militants killed 9 civilians.",
            new DateOnly(2020, 6, 9));

        Assert.Equal(new DateOnly(2020, 5, 28), claim.Date?.Start);
    }

    [Fact]
    public void Extract_OvernightUnderADatedHeading_IsTheHeadingsDay()
    {
        var claim = Extract.Incident(
            "November 19th, 2025 – Ternopil\nRussian cruise missiles hit two apartment blocks overnight, killing 33 people.", new DateOnly(2025, 12, 20));

        Assert.Equal(new DateOnly(2025, 11, 19), claim.Date?.Start);
    }

    [Fact]
    public void Extract_ByAWeekday_IsWhenTheCountStoodNotTheAttack()
    {
        var claim = Extract.Incident(
            "Four truck bombs exploded on the evening of Tuesday 14 August 2007. By Thursday the police said at least 500 people had been killed.",
            new DateOnly(2007, 8, 16));

        Assert.Equal(new DateOnly(2007, 8, 14), claim.Date?.Start);
    }

    [Fact]
    public void Extract_LastWeek_IsTheWeekBeforeWithWeekPrecision()
    {
        var claim = Extract.Incident("A strike last week killed 3 civilians.", new DateOnly(2023, 3, 1));

        Assert.Equal(new DateSpan(new DateOnly(2023, 2, 20), new DateOnly(2023, 2, 26), DatePrecision.Week), claim.Date);
    }

    [Fact]
    public void Extract_MonthAndYear_HasMonthPrecision()
    {
        var claim = Extract.Incident("In March 2020, a strike killed 3 civilians.");

        Assert.Equal(new DateSpan(new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31), DatePrecision.Month), claim.Date);
    }

    [Theory]
    [InlineData("A strike early Monday killed 3 civilians.")]
    [InlineData("A strike yesterday killed 3 civilians.")]
    public void Extract_RelativeDateWithoutPublication_IsUnknown(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(DateSpan.Unknown, claim.Date);
    }

    [Fact]
    public void Extract_NightAcrossTwoDays_SpansThem()
    {
        var claim = Extract.Incident("On the night of 5-6 March 2023, shelling killed 3 civilians.");

        Assert.Equal(new DateSpan(new DateOnly(2023, 3, 5), new DateOnly(2023, 3, 6), DatePrecision.Day), claim.Date);
    }

    [Theory]
    [InlineData("Between 6 and 7 December 2024, gang members killed at least 184 people.")]
    [InlineData("From 6 to 7 December 2024, gang members killed at least 184 people.")]
    public void Extract_DaysJoinedByBetweenOrFrom_SpanThem(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(new DateSpan(new DateOnly(2024, 12, 6), new DateOnly(2024, 12, 7), DatePrecision.Day), claim.Date);
    }

    [Fact]
    public void Extract_AmbiguousAllNumberDate_IsReadDayFirst()
    {
        var claim = Extract.Incident("A strike on 3/4/2023 killed 3 civilians.");

        Assert.Equal(DateSpan.Day(new DateOnly(2023, 4, 3)), claim.Date);
    }

    [Fact]
    public void Extract_ReportDate_IsNotTheEventDate()
    {
        var claim = Extract.Incident("As reported on 21 March 2020, 3 soldiers were killed in an ambush.");

        Assert.Null(claim.Date.Start);
    }

    [Theory]
    [InlineData("On Feb. 27, an airstrike killed 5 people.", "2024-02-27", "2024-02-27", DatePrecision.Day)]
    [InlineData("Earlier this week, a strike killed 7 people.", "2024-02-26", "2024-03-01", DatePrecision.Week)]
    [InlineData("Two people were killed overnight in a drone attack, officials said on Friday.", "2024-02-29", "2024-03-01", DatePrecision.Day)]
    [InlineData("Overnight shelling killed 3 people on Tuesday.", "2024-02-27", "2024-02-27", DatePrecision.Day)]
    public void Extract_WireDateForms_ResolveAgainstPublication(string text, string start, string end, DatePrecision precision)
    {
        var claim = Extract.Incident(text, new DateOnly(2024, 3, 1));

        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), claim.Date.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), claim.Date.End);
        Assert.Equal(precision, claim.Date.Precision);
    }

    [Theory]
    [InlineData("A strike last weekend killed 3 civilians.", 2023, 2, 25)]
    [InlineData("A strike over the weekend killed 3 civilians.", 2023, 2, 25)]
    public void Extract_Weekend_IsTheLatestSaturdayAndSunday(string text, int year, int month, int day)
    {
        var saturday = new DateOnly(year, month, day);

        var claim = Extract.Incident(text, new DateOnly(2023, 3, 1));

        Assert.Equal(new DateSpan(saturday, saturday.AddDays(1), DatePrecision.Week), claim.Date);
    }
}
