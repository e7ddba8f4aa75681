using StatusBot.Core.CheckIns;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Berlin = Given.Calendar("Europe/Berlin");

    [Fact]
    public void ToInstant_TimeInSpringForwardGap_MovesForwardByTheGap()
    {
        // Berlin skips 02:00-03:00 on 30 Mar 2025.
        var instant = Berlin.ToInstant(new DateOnly(2025, 3, 30), new TimeOnly(2, 30));

        Assert.Equal(new DateTimeOffset(2025, 3, 30, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
        Assert.Equal(new DateTime(2025, 3, 30, 3, 30, 0), Berlin.Local(instant));
    }

    [Fact]
    public void ToInstant_TimeRepeatedByFallBack_MeansTheFirstOccurrence()
    {
        // Berlin runs 02:00-03:00 twice on 26 Oct 2025: first at +02:00, then at +01:00.
        var instant = Berlin.ToInstant(new DateOnly(2025, 10, 26), new TimeOnly(2, 30));

        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Theory]
    [InlineData("Europe/Berlin", 2025, 3, 31, 8)] // first Monday of summer time, UTC+2
    [InlineData("America/New_York", 2025, 3, 10, 14)] // after the US change, UTC-4
    [InlineData("America/New_York", 2025, 3, 7, 15)] // before it, UTC-5
    [InlineData("Asia/Kolkata", 2025, 6, 2, 4)] // UTC+5:30, no DST: 04:30Z
    [InlineData("Pacific/Auckland", 2025, 9, 29, 21)] // NZ summer time from 28 Sep, UTC+13: 10:00 is 21:00Z the day before
    public void ToInstant_CheckInTimeAroundDst_IsTenLocal(string zone, int year, int month, int day, int utcHour)
    {
        var calendar = Given.Calendar(zone);

        var instant = calendar.ToInstant(new DateOnly(year, month, day), new TimeOnly(10, 0));

        Assert.Equal(utcHour, instant.UtcDateTime.Hour);
        Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(calendar.Local(instant)));
    }

    [Fact]
    public void EndOfDay_MidnightSkippedByDst_IsWhenTheNextDayStarts()
    {
        // Chile springs forward at local midnight: 7 Sep 2025 starts at 01:00 (-03:00), that is 04:00Z.
        var santiago = Given.Calendar("America/Santiago");

        var end = santiago.EndOfDay(new DateOnly(2025, 9, 6));

        Assert.Equal(new DateTimeOffset(2025, 9, 7, 4, 0, 0, TimeSpan.Zero), end.ToUniversalTime());
    }

    [Theory]
    [InlineData(2025, 12, 12, 5, 2025, 12, 19)] // Fri + 5 = next Fri
    [InlineData(2025, 12, 19, -5, 2025, 12, 12)] // and back
    [InlineData(2025, 12, 13, 1, 2025, 12, 15)] // Sat + 1 = Mon
    [InlineData(2025, 12, 15, -1, 2025, 12, 12)] // Mon - 1 = Fri
    [InlineData(2025, 12, 13, 0, 2025, 12, 13)]
    public void AddWorkingDays_AcrossWeekends_SkipsThem(int y, int m, int d, int days, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), Berlin.AddWorkingDays(new DateOnly(y, m, d), days));
    }

    [Fact]
    public void WorkingDaysBetween_FridayToNextFriday_IsFive()
    {
        Assert.Equal(5, Berlin.WorkingDaysBetween(new DateOnly(2025, 12, 12), new DateOnly(2025, 12, 19)));
        Assert.Equal(0, Berlin.WorkingDaysBetween(new DateOnly(2025, 12, 19), new DateOnly(2025, 12, 12)));
    }

    [Fact]
    public void WorkingDayOnOrBefore_Sunday_IsFriday()
    {
        Assert.Equal(new DateOnly(2025, 12, 12), Berlin.WorkingDayOnOrBefore(new DateOnly(2025, 12, 14)));
        Assert.Equal(new DateOnly(2025, 12, 15), Berlin.WorkingDayOnOrAfter(new DateOnly(2025, 12, 14)));
    }

    [Fact]
    public void AddWorkingTime_FridayAfternoon_ContinuesMondayMorning()
    {
        // Fri 15:00 + 4 working hours: 2 h on Friday (to 17:00), 2 h on Monday (from 09:00).
        var at = Berlin.AddWorkingTime(Given.Berlin(12, 12, 15), TimeSpan.FromHours(4));

        Assert.Equal(Given.Berlin(12, 15, 11), at);
    }

    [Fact]
    public void AddWorkingTime_StartingInTheNight_StartsCountingAtNine()
    {
        Assert.Equal(Given.Berlin(12, 9, 13), Berlin.AddWorkingTime(Given.Berlin(12, 9, 2), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void WorkingTimeBetween_OverAWeekend_CountsOnlyTheWorkingWindow()
    {
        var elapsed = Berlin.WorkingTimeBetween(Given.Berlin(12, 12, 15), Given.Berlin(12, 15, 11));

        Assert.Equal(TimeSpan.FromHours(4), elapsed);
    }

    [Fact]
    public void WorkingTimeBetween_OnTheDstChangeWeekend_IsUnaffected()
    {
        // 28 Mar (Fri) 13:00 to 31 Mar (Mon) 13:00 in Berlin: 4 h + 4 h whatever the clocks did on Sunday.
        Assert.Equal(TimeSpan.FromHours(8), Berlin.WorkingTimeBetween(Given.Berlin(3, 28, 13), Given.Berlin(3, 31, 13)));
    }

    [Fact]
    public void IsWorkingTime_SaturdayAtTen_IsFalse()
    {
        Assert.False(Berlin.IsWorkingTime(Given.Berlin(12, 13, 10)));
        Assert.True(Berlin.IsWorkingTime(Given.Berlin(12, 12, 10)));
        Assert.False(Berlin.IsWorkingTime(Given.Berlin(12, 12, 17)));
    }

    [Fact]
    public void NextSlot_AfterTodaysSlot_IsTheNextWorkingDay()
    {
        Assert.Equal(Given.Berlin(12, 15, 10), Berlin.NextSlot(Given.Berlin(12, 12, 11), new TimeOnly(10, 0)));
        Assert.Equal(Given.Berlin(12, 12, 10), Berlin.NextSlot(Given.Berlin(12, 12, 9), new TimeOnly(10, 0)));
    }

    [Fact]
    public void IsWorkingDay_CustomWorkingDays_AreHonoured()
    {
        var sundayToThursday = Given.Settings with { WorkingDays = new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday } };
        var calendar = Given.Calendar("Asia/Kolkata", sundayToThursday);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 12, 14)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 12, 12)));
    }
}
